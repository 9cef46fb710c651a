import { expect, test } from "./test";
import { expectNoAxeViolations } from "./axe";

const phone = { width: 375, height: 740 };
const desktop = { width: 1280, height: 900 };

const searchBox = (page: import("@playwright/test").Page) =>
  page.getByRole("searchbox", { name: "Search examples" });

/** Whether the top of an element is on the first screen, without scrolling. */
async function isOnFirstScreen(locator: import("@playwright/test").Locator) {
  const box = await locator.boundingBox();
  const viewport = locator.page().viewportSize();
  return box !== null && viewport !== null && box.y < viewport.height;
}

test.describe("on a 375 px phone", () => {
  test.use({ viewport: phone });

  test("results come first after a search, and the filter opens and applies", async ({
    page,
  }) => {
    await page.goto("/examples");
    await searchBox(page).fill("discharge");
    await searchBox(page).press("Enter");
    await expect(page.getByRole("status")).toHaveText(
      "2 examples found for ‘discharge’",
    );
    const firstResult = page.locator(".app-result").first();
    await expect(firstResult).toBeVisible();
    expect(await isOnFirstScreen(firstResult)).toBe(true);
    await expect(
      page.getByRole("checkbox", { name: /Patient flow/ }),
    ).toBeHidden();

    const toggle = page.getByRole("button", { name: "Show filters" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await toggle.click();
    await expect(
      page.getByRole("button", { name: "Hide filters" }),
    ).toHaveAttribute("aria-expanded", "true");
    await expectNoAxeViolations(page);

    await page.getByRole("checkbox", { name: /Quality improvement/ }).check();
    await expect(page).toHaveURL(/theme=quality-improvement/);
    await expect(page.getByRole("status")).toHaveText(
      "1 example found for ‘discharge’",
    );
    await page.getByRole("button", { name: "Hide filters" }).click();
    await expect(
      page.getByRole("button", { name: "Show filters (1 applied)" }),
    ).toBeVisible();
    expect(await isOnFirstScreen(page.locator(".app-result").first())).toBe(
      true,
    );

    // The URL holds the whole state: reloading keeps the filter and its count.
    await page.reload();
    await expect(
      page.getByRole("button", { name: "Show filters (1 applied)" }),
    ).toBeVisible();
    await expect(page.getByRole("status")).toHaveText(
      "1 example found for ‘discharge’",
    );
  });

  test.describe("with JavaScript turned off", () => {
    test.use({ javaScriptEnabled: false });

    test("the filter is shown and works, with no button that cannot work", async ({
      page,
    }) => {
      await page.goto("/examples?q=discharge");
      await expect(page.getByRole("button", { name: /filters/ })).toHaveCount(
        1, // "Apply filters" only
      );
      await expect(
        page.getByRole("button", { name: "Apply filters" }),
      ).toBeVisible();
      await page.getByRole("checkbox", { name: /Quality improvement/ }).check();
      await page.getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL(/theme=quality-improvement/);
      await expect(page.getByRole("status")).toHaveText(
        "1 example found for ‘discharge’",
      );
    });
  });
});

test("on a desktop the filter sits beside the results, with no toggle", async ({
  page,
}) => {
  await page.setViewportSize(desktop);
  await page.goto("/examples?q=discharge");
  await expect(
    page.getByRole("checkbox", { name: /Patient flow/ }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /Show filters/ })).toBeHidden();
  const filter = await page.locator(".app-filter").boundingBox();
  const results = await page.locator(".app-result").first().boundingBox();
  expect(filter && results && filter.x + filter.width < results.x).toBe(true);
});

for (const viewport of [desktop, phone]) {
  test(`the survey table at ${viewport.width} px scrolls only if it must, with a visible cue`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto("/survey");
    const scroll = page.locator(".nhsuk-scroll").filter({
      has: page.getByRole("table", { name: /Trust leaders’ answers/ }),
    });
    await scroll.scrollIntoViewIfNeeded();
    await testInfo.attach(`survey-table-${viewport.width}.png`, {
      body: await scroll.screenshot(),
      contentType: "image/png",
    });
    const content = scroll.locator(".nhsuk-scroll__content");
    const overflow = await content.evaluate(
      (element) => element.scrollWidth - element.clientWidth,
    );
    const shadow = await content.evaluate((element) => {
      const style = getComputedStyle(element, "::after");
      return style.display !== "none" && style.opacity !== "0";
    });
    if (viewport === desktop) {
      // Every column, "Not reported" included, is in view and nothing lies over it.
      expect(overflow).toBeLessThanOrEqual(0);
      expect(shadow).toBe(false);
      const lastColumn = await page
        .getByRole("columnheader", { name: "Strongly disagree" })
        .boundingBox();
      const visibleArea = await content.boundingBox();
      expect(lastColumn!.x + lastColumn!.width).toBeLessThanOrEqual(
        visibleArea!.x + visibleArea!.width,
      );
    } else {
      expect(overflow).toBeGreaterThan(0);
      expect(shadow).toBe(true);
    }
  });
}
