import { expect, test } from "./test";
import { expectNoAxeViolations } from "./axe";
import { unique } from "./catalogue";
import { openNewestInQueue, signIn } from "./moderator";
import {
  fillInSubmission,
  isFormPost,
  publicSightings,
  sendSubmission,
  submitExample,
  giveOwnClientAddress,
} from "./submissions";

test.beforeEach(async ({ page }) => giveOwnClientAddress(page));

test("the form and its error state pass axe, and an empty submit lists every problem in question order", async ({
  page,
}) => {
  await page.goto("/submit");
  await expect(page).toHaveTitle(
    "Submit an example – Find and share improvement examples",
  );
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Submit example" }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Submit an example/);
  await expect(summary.getByRole("link")).toHaveText([
    "Enter a title for your example",
    "Enter a summary of your example",
    "Enter why the work was needed",
    "Enter what was done",
    "Enter the results so far",
    "Select at least one theme",
    "Select the care setting",
    "Enter your name",
    "Enter your work email address",
    "Confirm that the example can be shared publicly and contains no patient-identifiable information",
  ]);
  // Each message also sits by its question, and the summary's links move focus to the answer.
  await expect(page.locator(".nhsuk-error-message")).toHaveCount(10);
  await summary.getByRole("link", { name: "Select the care setting" }).click();
  await expect(
    page
      .getByRole("group", { name: "Care setting" })
      .getByRole("radio")
      .first(),
  ).toBeFocused();
  await expectNoAxeViolations(page);
});

test("without JavaScript, a submission with mistakes keeps every answer, and once fixed it is stored", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await giveOwnClientAddress(page);
  const title = `Ward phone calls ${unique()}`;
  await page.goto("/submit");
  await fillInSubmission(page, {
    title: `  ${title}  `,
    moreInfoUrl: "javascript:alert(1)",
  });
  await page.getByLabel("Your work email address").fill("sam at example");
  await page.getByRole("button", { name: "Submit example" }).click();

  await expect(page).toHaveTitle(/^Error: Submit an example/);
  await expect(page.locator(".nhsuk-error-summary")).toContainText(
    "Enter a link that starts with https:// or http://, like https://www.example.nhs.uk/our-work",
  );
  await expect(page.locator(".nhsuk-error-summary")).toContainText(
    "Enter an email address in the correct format, like name@nhs.net",
  );
  await expect(page.getByLabel("Title")).toHaveValue(`  ${title}  `);
  await expect(page.getByLabel("What was done?")).toHaveValue(
    "A pharmacist calls each person the day after they leave.",
  );
  await expect(
    page
      .getByRole("group", { name: "Themes" })
      .getByLabel("Health inequalities"),
  ).toBeChecked();
  await expect(
    page.getByRole("group", { name: "Care setting" }).getByLabel("Community"),
  ).toBeChecked();
  await expect(page.getByLabel(/I confirm/)).toBeChecked();
  await expect(page.getByLabel("Your work email address")).toHaveValue(
    "sam at example",
  );

  await page
    .getByLabel("Link to more information (optional)")
    .fill("https://www.example.nhs.uk/ward-calls");
  await page.getByLabel("Your work email address").fill("sam@example.nhs.uk");
  const reference = await sendSubmission(page);
  await expect(page).toHaveTitle(/^Example submitted/);
  await context.close();
  expect(reference).toMatch(/^IX-\d{4,}$/);
});

test("a full submit lands on the confirmation with a reference, and the pending example is nowhere public", async ({
  page,
  request,
}) => {
  const title = `Virtual fracture clinic ${unique()}`;
  const reference = await submitExample(page, { title });
  await expect(page.locator(".nhsuk-panel")).toContainText(
    `Your reference number${reference}`,
  );
  await expect(
    page.getByRole("heading", { name: "What happens next" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Refreshing the confirmation shows the same reference and sends nothing again.
  const posts: string[] = [];
  page.on("request", (sent) => {
    if (isFormPost(sent)) posts.push(sent.url());
  });
  await page.reload();
  await expect(page.locator(".nhsuk-panel__body strong")).toHaveText(reference);
  expect(posts).toEqual([]);

  // Pending examples are stored under a placeholder address until a moderator publishes them.
  expect(
    await publicSightings(request, {
      title,
      reference,
      slug: `submission-${reference.toLowerCase()}`,
      words: "virtual fracture clinic",
    }),
  ).toEqual([]);
  const placeholder = await request.get(
    `/examples/submission-${reference.toLowerCase()}`,
  );
  expect(placeholder.status()).toBe(404);
});

test("a bot that fills in the hidden field is told it worked, but nothing is stored", async ({
  page,
}) => {
  const title = `Honeypot catch ${unique()}`;
  await page.goto("/submit");
  await fillInSubmission(page, { title });
  await page.locator('input[name="website"]').fill("https://spam.example");
  await page.getByRole("button", { name: "Submit example" }).click();
  await expect(
    page.getByRole("heading", { name: "Example submitted" }),
  ).toBeVisible();
  await expect(page.locator(".nhsuk-panel__body")).toHaveCount(0);
  await signIn(page);
  await openNewestInQueue(page);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});

test("a sixth submission within 10 minutes gets a 429 'too many' page and is not stored", async ({
  page,
}) => {
  for (let sent = 1; sent <= 5; sent += 1) {
    await submitExample(page, { title: `Rate limit ${sent} ${unique()}` });
  }
  const sixth = `Rate limit 6 ${unique()}`;
  await page.goto("/submit");
  await fillInSubmission(page, { title: sixth });
  await page.getByRole("button", { name: "Submit example" }).click();
  await expect(
    page.getByRole("heading", { name: "Too many submissions" }),
  ).toBeVisible();
  await expect(page.locator("main")).toContainText("Try again in 10 minutes");
  await expect(page.locator("main")).toContainText("has not been saved");
  await expectNoAxeViolations(page);
  // The page's own address answers 429 Too Many Requests while the limit lasts.
  expect((await page.reload())?.status()).toBe(429);

  await signIn(page);
  await openNewestInQueue(page);
  await expect(
    page.getByRole("link", { name: /^Rate limit 5 / }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: sixth })).toHaveCount(0);
});

test("a post larger than any real submission is refused with 413, not a server error", async ({
  request,
}) => {
  const response = await request.post("/submit", {
    multipart: { title: "x".repeat(2 * 1024 * 1024) },
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("What you sent is too long");
});

test.describe("measured results, with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("'Add another' and 'Remove' keep every answer typed", async ({
    page,
  }) => {
    await page.goto("/submit");
    await page.getByLabel("Title").fill("Kept while rows change");
    await page.getByLabel("What was measured").fill("Length of stay");
    await page.getByLabel("Before the change").fill("9");
    await page
      .getByRole("button", { name: "Add another measured result" })
      .click();
    const second = page.getByRole("group", { name: "Measured result 2" });
    await expect(second).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue(
      "Kept while rows change",
    );
    await expect(
      page
        .getByRole("group", { name: "Measured result 1" })
        .getByLabel("What was measured"),
    ).toHaveValue("Length of stay");
    // Nothing was checked or stored: there is no error summary.
    await expect(page.getByText("There is a problem")).toHaveCount(0);

    await second.getByLabel("What was measured").fill("Readmissions");
    await page
      .getByRole("button", { name: "Remove measured result 1" })
      .click();
    await expect(
      page.getByRole("group", { name: "Measured result 2" }),
    ).toHaveCount(0);
    await expect(
      page
        .getByRole("group", { name: "Measured result 1" })
        .getByLabel("What was measured"),
    ).toHaveValue("Readmissions");
  });

  test("Enter in a box sends the form rather than adding a row", async ({
    page,
  }) => {
    await page.goto("/submit");
    await page.getByLabel("Title").fill("Sent by Enter");
    await page.getByLabel("Title").press("Enter");
    await expect(page.getByText("There is a problem")).toBeVisible();
    await expect(
      page.getByRole("group", { name: "Measured result 2" }),
    ).toHaveCount(0);
  });

  test("a half-filled measured result is named in the error summary", async ({
    page,
  }) => {
    await page.goto("/submit");
    await page.getByLabel("What was measured").fill("Length of stay");
    await page.getByRole("button", { name: "Submit example" }).click();
    const summary = page
      .getByRole("alert")
      .filter({ hasText: "There is a problem" });
    await expect(
      summary.getByRole("link", {
        name: "Outcome 1: enter the figure before the change as a number, like 14 or 3.5",
      }),
    ).toHaveAttribute("href", "#outcome-0-before");
  });
});
