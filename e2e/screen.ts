import { expect, type Page } from "@playwright/test";

/**
 * Fails unless the page fits its screen's width whole: no sideways scrolling of the page, no box
 * reaching past the screen's edge, and no box of its own that scrolls sideways (a chart or a
 * table squeezed into one). `path` says which page, in the failure.
 */
export async function expectToFitTheScreen(page: Page, path: string) {
  // The header folds its links into "More" once NHS.UK frontend's script has started.
  await expect
    .poll(
      () =>
        page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        ),
      { message: path },
    )
    .toBeLessThanOrEqual(0);
  // Nor any part of it: no box reaching past the screen's edge, and no box of its own that
  // scrolls sideways (a chart or a table squeezed into one).
  const tooWide = await page.evaluate(() =>
    [...document.querySelectorAll("main *")].flatMap((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [];
      // Wholly off the screen on purpose (a honeypot field no person sees).
      if (box.right < 0 || box.left > window.innerWidth) return [];
      const style = getComputedStyle(element);
      // Visually hidden text (a phone's table headings too) is clipped to a 1 px box.
      for (let at: Element | null = element; at; at = at.parentElement) {
        const clipped = getComputedStyle(at);
        if (clipped.clipPath !== "none" || clipped.clip !== "auto") return [];
      }
      const scrolls =
        /auto|scroll/.test(style.overflowX) &&
        element.scrollWidth > element.clientWidth + 1;
      return box.left < -1 || box.right > window.innerWidth + 1 || scrolls
        ? [`${element.tagName}.${element.className}`]
        : [];
    }),
  );
  expect(tooWide, path).toEqual([]);
}
