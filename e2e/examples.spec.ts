import { expect, test } from "./test";
import { seedExamples } from "@/seed/catalogue";

test("every seeded example's page opens from the examples list", async ({
  page,
}) => {
  for (const example of seedExamples) {
    await page.goto("/examples");
    await page.getByRole("link", { name: example.title, exact: true }).click();
    await expect(page).toHaveURL(`/examples/${example.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      example.title,
    );
    await expect(page.getByText(example.reference).first()).toBeVisible();
    for (const section of [
      "Why it was needed",
      "What was done",
      "Results so far",
    ]) {
      await expect(
        page.getByRole("heading", { level: 2, name: section }),
      ).toBeVisible();
    }
    await expect(
      page.getByRole("link", { name: /State of the provider sector 2023/ }),
    ).toHaveAttribute(
      "href",
      "https://nhsproviders.org/state-of-the-provider-sector-2023/innovation-within-trusts-and-systems",
    );
    await expect(page.getByText("Not named in the source")).toBeVisible();
  }
});

test("the examples list shows every published example with its themes", async ({
  page,
  request,
}) => {
  // Other journeys add examples of their own, so the total comes from the catalogue itself.
  const { total } = await (await request.get("/api/search")).json();
  expect(total).toBeGreaterThanOrEqual(seedExamples.length);
  await page.goto("/examples");
  await expect(page.getByRole("status")).toHaveText(`${total} examples`);
  const homeFirst = page.getByRole("listitem").filter({
    has: page.getByRole("link", {
      name: "Home First: a transitional discharge model in mental health",
    }),
  });
  await expect(
    homeFirst.getByRole("link", { name: "Patient flow" }),
  ).toBeVisible();
  await expect(
    homeFirst.getByRole("link", {
      name: "Mental health and learning disabilities",
    }),
  ).toBeVisible();
});

test("searching works with JavaScript turned off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/examples");
  await page
    .getByRole("searchbox", { name: "Search examples" })
    .fill("virtual reality");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=virtual\+reality/);
  await expect(
    page.getByRole("link", { name: "Dementia training using virtual reality" }),
  ).toBeVisible();
  await expect(page.getByRole("status")).toContainText(
    "found for ‘virtual reality’",
  );
  await context.close();
});

test("an unknown example answers 404 with the NHS-style page and a search box", async ({
  page,
}) => {
  const response = await page.goto("/examples/no-such-example");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Page not found",
  );
  await expect(page).toHaveTitle(/Page not found/);
  await expect(
    page.getByRole("searchbox", { name: "Search examples" }),
  ).toBeVisible();
});

test("an unknown theme answers 404", async ({ page }) => {
  const response = await page.goto("/themes/no-such-theme");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Page not found",
  );
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("an unknown example, theme or reference still shows the NHS-style 404 page", async ({
    page,
  }) => {
    for (const path of [
      "/examples/no-such-example",
      "/themes/no-such-theme",
      "/e/IX-99999",
      "/examples/%E0%A4%A",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(
        "Page not found",
      );
      await expect(page.locator("html"), path).toHaveAttribute("lang", "en-GB");
    }
  });
});
