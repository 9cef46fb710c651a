import { expect, test } from "./test";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./moderator";
import { submitExample, giveOwnClientAddress } from "./submissions";

test.beforeEach(async ({ page }) => giveOwnClientAddress(page));

const suggestions = (page: import("@playwright/test").Page) =>
  page.locator(".app-similar");

test("typing a title close to a seeded example offers it, with a way to say you tried it", async ({
  page,
}) => {
  await page.goto("/submit");
  await page
    .getByLabel("Title")
    .pressSequentially("Rapid neurology assessment");
  await expect(
    suggestions(page).getByRole("heading", {
      name: "Is your work like one of these?",
    }),
  ).toBeVisible();
  await expect(
    suggestions(page).getByRole("link", {
      name: "Rapid access to neurology assessment (RANA)",
      exact: true,
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await suggestions(page)
    .getByRole("link", { name: /We tried this too/ })
    .first()
    .click();
  await expect(page).toHaveURL(
    "/examples/rapid-access-to-neurology-assessment/tried",
  );
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the form offers similar examples when it is shown again", async ({
    page,
  }) => {
    await page.goto("/submit");
    await page.getByLabel("Title").fill("Home First discharge model");
    await page.getByRole("button", { name: "Submit example" }).click();
    await expect(page.getByText("There is a problem")).toBeVisible();
    await expect(
      suggestions(page).getByRole("link", { name: /^Home First/ }),
    ).toBeVisible();
  });
});

test("a moderator sees the published examples most like a submission", async ({
  page,
}) => {
  const reference = await submitExample(page, {
    title: "Digital preoperative assessment for day surgery",
    summary: "Patients complete their preoperative assessment online.",
  });
  await signIn(page);
  await page.goto(`/admin/examples/${reference}`);
  const similar = page.getByRole("region", {
    name: "Similar published examples",
  });
  await expect(
    similar.getByRole("link", {
      name: "Digital preoperative assessment",
      exact: true,
    }),
  ).toBeVisible();
  expect(await similar.getByRole("listitem").count()).toBeLessThanOrEqual(3);
});
