import { expect, type Page } from "@playwright/test";

/** The moderator playwright.config.ts adds with `npm run moderator:add` before the server starts. */
export const moderator = {
  email: "e2e.moderator@example.nhs.uk",
  name: "Robin",
  password: "e2e-moderator-password-not-used-anywhere-else",
};

/** Signs the e2e moderator in from the sign-in page and waits for the queue. */
export async function signIn(page: Page, returnTo?: string) {
  await page.goto(
    returnTo
      ? `/admin/sign-in?returnTo=${encodeURIComponent(returnTo)}`
      : "/admin/sign-in",
  );
  await page.getByLabel("Email address").fill(moderator.email);
  await page.getByLabel("Password").fill(moderator.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/**
 * Opens the last page of the waiting queue, where the newest submissions are (the queue lists
 * the oldest first), as a moderator looking for one just sent would.
 */
export async function openNewestInQueue(page: Page) {
  await page.goto("/admin");
  const pageLinks = page
    .getByRole("navigation", { name: "Pagination" })
    .getByRole("link", { name: /^Page \d+$/ });
  if ((await pageLinks.count()) > 0) await pageLinks.last().click();
  await expect(
    page.getByRole("heading", { name: "Waiting for review, oldest first" }),
  ).toBeVisible();
}
