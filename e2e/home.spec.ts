import { expect, test } from "./test";
import { seedThemes } from "@/seed/catalogue";

test("the home page shows the five headline survey figures", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Find and share improvement examples",
  );
  for (const sentence of [
    "29% of trust leaders agreed that NHS IMPACT has been helpful in ensuring a focus on quality improvement (4% strongly agreed, 25% agreed).",
    "89% of trust leaders agreed that their trust board is prioritising a focus on quality improvement and trust-wide improvement programmes (31% strongly agreed, 58% agreed).",
    "70% of trust leaders agreed that their trust board is prioritising a focus on tackling health inequalities (12% strongly agreed, 58% agreed).",
    "86% of trust leaders agreed that their trust board is prioritising a clear focus on promoting race equality and tackling discrimination (38% strongly agreed, 48% agreed).",
    "71% of trust leaders agreed that their trust board has a strong focus on digital innovation (12% strongly agreed, 59% agreed).",
  ]) {
    await expect(page.getByText(sentence)).toBeVisible();
  }
});

test("the home page links every theme with its number of examples", async ({
  page,
}) => {
  await page.goto("/");
  const themeList = page
    .getByRole("heading", { name: "Browse by theme" })
    .locator("xpath=following-sibling::ul[1]");
  for (const theme of seedThemes) {
    const link = themeList.getByRole("link", { name: theme.name, exact: true });
    await expect(link).toHaveAttribute("href", `/themes/${theme.slug}`);
    await expect(
      themeList.getByRole("listitem").filter({
        has: page.getByRole("link", { name: theme.name, exact: true }),
      }),
    ).toContainText(/\(\d+ examples?\)/);
  }
  await themeList
    .getByRole("link", { name: "Patient flow", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Patient flow",
  );
  await expect(page.getByRole("status")).toHaveText("3 examples");
});

test("the home page search box takes you to matching examples", async ({
  page,
}) => {
  await page.goto("/");
  await page
    .getByRole("searchbox", { name: "Search examples" })
    .fill("neurology");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/examples\?q=neurology$/);
  await expect(
    page.getByRole("link", {
      name: "Rapid access to neurology assessment (RANA)",
    }),
  ).toBeVisible();
});

test("the skip link moves keyboard focus to the main content", async ({
  page,
}) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to main content" });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});
