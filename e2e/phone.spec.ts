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
  test(`the survey chart and table fit ${viewport.width} px whole, with every bar, label and column in view`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto("/survey");
    const chart = page.getByRole("img", {
      name: "How trust leaders answered five statements, in percent",
    });
    await testInfo.attach(`survey-chart-${viewport.width}.png`, {
      body: await chart.screenshot(),
      contentType: "image/png",
    });
    const parts = chart.locator(
      ".app-survey-chart__segment, .app-survey-chart__label, .app-survey-chart__tick",
    );
    // 5 labels, 22 reported shares, and the axis.
    expect(await parts.count()).toBeGreaterThan(27);
    for (const box of await parts.evaluateAll((elements) =>
      elements.map((element) => {
        const { left, right } = element.getBoundingClientRect();
        return { left, right, text: element.textContent };
      }),
    )) {
      expect(box.left, box.text ?? "").toBeGreaterThanOrEqual(0);
      expect(box.right, box.text ?? "").toBeLessThanOrEqual(viewport.width);
    }
    // The "agree" side, which carries the story, is drawn: 58% is the widest share.
    await expect(chart.getByText("58%").first()).toBeVisible();

    const table = page.getByRole("table", {
      name: /Trust leaders’ answers/,
    });
    await table.scrollIntoViewIfNeeded();
    await testInfo.attach(`survey-table-${viewport.width}.png`, {
      body: await table.screenshot(),
      contentType: "image/png",
    });
    const tableBox = await table.boundingBox();
    expect(tableBox!.x + tableBox!.width).toBeLessThanOrEqual(viewport.width);
    // On a phone each row is a card of cells, each with its heading; on a desktop, columns.
    const cells = table.locator(
      viewport === phone ? "tbody td, tbody th" : "thead th",
    );
    if (viewport === phone)
      await expect(
        table
          .locator("tbody .nhsuk-table__heading", {
            hasText: "Strongly disagree",
          })
          .first(),
      ).toBeVisible();
    for (const box of await cells.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().right),
    ))
      expect(box).toBeLessThanOrEqual(viewport.width);
  });
}
