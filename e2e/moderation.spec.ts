import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { expectNoAxeViolations } from "./axe";
import { addManyExamples, unique } from "./catalogue";
import { moderator, openNewestInQueue, signIn } from "./moderator";
import {
  publicSightings,
  submitExample,
  giveOwnClientAddress,
} from "./submissions";

test.beforeEach(async ({ page }) => giveOwnClientAddress(page));

async function openReview(page: Page, reference: string) {
  await page.goto(`/admin/examples/${reference}`);
  await expect(
    page.getByRole("heading", { name: "Review example" }),
  ).toBeVisible();
}

/** Submits an example, then signs in and opens its review page; returns its reference. */
async function submitForReview(page: Page, title: string): Promise<string> {
  const reference = await submitExample(page, { title });
  await signIn(page);
  await openReview(page, reference);
  return reference;
}

test("admin pages send anyone without a session to sign in, and bring them back afterwards", async ({
  page,
}) => {
  for (const address of [
    "/admin",
    "/admin/examples/IX-0001",
    "/admin?status=rejected",
  ]) {
    await page.goto(address);
    await expect(page).toHaveURL(
      `/admin/sign-in?returnTo=${encodeURIComponent(address)}`,
    );
    await expect(
      page.getByRole("heading", { name: "Sign in to moderate examples" }),
    ).toBeVisible();
  }
  await expectNoAxeViolations(page);

  await signIn(page, "/admin/examples/IX-0001");
  await expect(page).toHaveURL("/admin/examples/IX-0001");
  await expect(page.locator(".nhsuk-caption-l").first()).toHaveText("IX-0001");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in\?returnTo=/);
});

test("a wrong password and an unknown email get the same general message", async ({
  page,
}) => {
  const attempts = [
    { email: moderator.email, password: "not-the-password" },
    { email: "nobody@example.nhs.uk", password: moderator.password },
  ];
  for (const attempt of attempts) {
    await page.goto("/admin/sign-in");
    await page.getByLabel("Email address").fill(attempt.email);
    await page.getByLabel("Password").fill(attempt.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const summary = page.locator(".nhsuk-error-summary");
    await expect(summary).toContainText(
      "Enter a correct email address and password",
    );
    await expect(page).toHaveTitle(/^Error: Sign in/);
    await expect(page.getByLabel("Password")).toHaveValue("");
  }
  await expectNoAxeViolations(page);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});

test("a moderator edits the title, approves, and the example is then public and findable with a typo", async ({
  page,
  request,
}) => {
  const id = unique();
  const reference = await submitExample(page, {
    title: `Ward pharmacist medicines round ${id}`,
  });
  await signIn(page);
  await openNewestInQueue(page);
  await expect(
    page.getByRole("link", { name: `Ward pharmacist medicines round ${id}` }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: /^Waiting for review \(\d+\)$/ }),
  ).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);

  await page
    .getByRole("link", { name: `Ward pharmacist medicines round ${id}` })
    .click();
  await expect(
    page.getByRole("heading", { name: "Review example" }),
  ).toBeVisible();
  await expect(page.locator(".app-preview")).toContainText(
    "Pharmacists phone each person the day after they leave the ward.",
  );
  await expectNoAxeViolations(page);

  const title = `Pharmacist-led medicines reconciliation ${id}`;
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(
    "Your changes have been saved",
  );
  await expect(
    page.locator(".app-preview h2, .app-preview h1").first(),
  ).toBeVisible();
  await expect(page.locator(".app-preview")).toContainText(title);
  const history = page.getByRole("table", { name: /History/ });
  await expect(history).toContainText("Edited");
  await expect(history).toContainText(moderator.name);
  await expect(history).toContainText(
    `Ward pharmacist medicines round ${id} → ${title}`,
  );

  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(
    "Example published",
  );
  await expect(history).toContainText("Approved and published");

  await page.getByRole("link", { name: "View the published example" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const address = new URL(page.url()).pathname;

  // Spelling suggestions learn the new words once the search's index has been refreshed, which
  // happens in the background within a second of the approval: search again until then.
  await expect(async () => {
    await page.goto(
      `/examples?q=${encodeURIComponent("pharmasist reconcilliation")}`,
    );
    await expect(page.getByRole("link", { name: title })).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
  expect(
    await publicSightings(request, {
      title,
      reference,
      slug: address.replace("/examples/", ""),
      words: "pharmasist reconcilliation",
    }),
  ).toEqual([
    "searchPage",
    "searchApi",
    "examplesApi",
    "csv",
    "feed",
    "sitemap",
    "referenceAddress",
  ]);
  expect((await request.get(address)).status()).toBe(200);
});

test("a rejected example stays private, and the reason is kept in its history", async ({
  page,
  request,
}) => {
  const title = `Rejected idea ${unique()}`;
  const reference = await submitForReview(page, title);

  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText(
    "Enter the reason for your decision",
  );
  await expect(page).toHaveTitle(/^Error: Review/);
  await expectNoAxeViolations(page);

  await page
    .getByLabel("Reason for rejecting")
    .fill("It names a patient in the results.");
  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(
    "Example rejected",
  );
  await expect(page.getByRole("table", { name: /History/ })).toContainText(
    "Reason: It names a patient in the results.",
  );
  await page.goto("/admin?status=rejected");
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  expect(
    await publicSightings(request, {
      title,
      reference,
      slug: `submission-${reference.toLowerCase()}`,
      words: "rejected idea",
    }),
  ).toEqual([]);
});

test("withdrawing a published example gives its address a 410", async ({
  page,
}) => {
  const title = `Withdrawn after publishing ${unique()}`;
  await submitForReview(page, title);
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(
    "Example published",
  );
  const address = await page
    .getByRole("link", { name: "View the published example" })
    .getAttribute("href");

  await page
    .getByLabel("Reason for withdrawing")
    .fill("The team asked for it to be taken down.");
  await page.getByRole("button", { name: "Withdraw from publication" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(
    "Example withdrawn",
  );

  const response = await page.goto(address ?? "/");
  expect(response?.status()).toBe(410);
});

test("when two moderators decide at once, the second is told the first won", async ({
  page,
  browser,
}) => {
  const title = `Two moderators ${unique()}`;
  const reference = await submitForReview(page, title);

  const other = await browser.newPage();
  await giveOwnClientAddress(other);
  await signIn(other);
  await openReview(other, reference);

  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(
    "Example published",
  );

  await other
    .getByLabel("Reason for rejecting")
    .fill("Too similar to another example.");
  await other.getByRole("button", { name: "Reject" }).click();
  await expect(other.locator(".nhsuk-error-summary")).toContainText(
    `${moderator.name} has already published this example, so it was not rejected`,
  );
  await other.close();

  await openReview(page, reference);
  await expect(page.locator("strong.nhsuk-tag")).toHaveText("Published");
});

test("script-like answers are shown as text and never run, and only http(s) links are links", async ({
  page,
}) => {
  const title = `<script>window.pwned = 1</script>" onmouseover="window.pwned = 2 ${unique()}`;
  const reference = await submitExample(page, {
    title,
    summary: '<img src=x onerror="window.pwned = 3"> & <b>bold</b>',
    moreInfoUrl: "https://www.example.nhs.uk/?q=<script>",
  });
  await signIn(page);
  await openReview(page, reference);
  await expect(page.locator(".app-preview")).toContainText(title);
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await page.getByRole("link", { name: "View the published example" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator("main")).toContainText(
    '<img src=x onerror="window.pwned = 3"> & <b>bold</b>',
  );
  await page.getByRole("heading", { level: 1 }).hover();
  expect(await page.evaluate(() => "pwned" in window)).toBe(false);
  await expect(page.locator("main img, main b")).toHaveCount(0);
  await expect(
    page.locator('script:not([type="application/ld+json"])', {
      hasText: "pwned",
    }),
  ).toHaveCount(0);
  await expect(
    page.getByRole("link", { name: "https://www.example.nhs.uk/?q=<script>" }),
  ).toHaveAttribute("href", "https://www.example.nhs.uk/?q=<script>");
});

test("a long queue comes 20 at a time, with counts for each status", async ({
  page,
}) => {
  const title = `Paged rejection ${unique()}`;
  addManyExamples(title, 25, "rejected");
  await signIn(page);
  await page.goto("/admin?status=rejected");
  const tab = page.getByRole("link", { name: /^Rejected \(\d+\)$/ });
  await expect(tab).toHaveAttribute("aria-current", "page");
  const total = Number(/\((\d+)\)/.exec((await tab.textContent()) ?? "")?.[1]);
  expect(total).toBeGreaterThanOrEqual(25);

  // Latest change first: the newest 20 of them on the first page, the rest on the next.
  const table = page.getByRole("table", { name: "Rejected" });
  await expect(table.getByRole("row")).toHaveCount(21); // a header and 20 examples
  await expect(page.getByText(`Showing 1 to 20 of ${total}`)).toBeVisible();
  await expect(
    table.getByRole("link", { name: `${title} 25`, exact: true }),
  ).toBeVisible();
  await expect(
    table.getByRole("link", { name: `${title} 1`, exact: true }),
  ).toHaveCount(0);

  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL("/admin?status=rejected&page=2");
  await expect(page.getByText(/^Showing 21 to \d+ of \d+$/)).toBeVisible();
  await expect(
    table.getByRole("link", { name: `${title} 1`, exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Page 2" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(
    table.getByRole("link", { name: `${title} 25`, exact: true }),
  ).toBeVisible();
});

test("an unknown reference on the review page answers 404 with the NHS-style page", async ({
  page,
}) => {
  await signIn(page);
  for (const reference of ["IX-999999", "not-a-reference"]) {
    const response = await page.goto(`/admin/examples/${reference}`);
    expect(response?.status(), reference).toBe(404);
    await expect(
      page.getByRole("heading", { level: 1, name: "Page not found" }),
    ).toBeVisible();
  }
  await expectNoAxeViolations(page);
  // A known reference still opens.
  const known = await page.goto("/admin/examples/IX-0001");
  expect(known?.status()).toBe(200);
});
