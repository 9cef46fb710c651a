import {
  expect,
  type APIRequestContext,
  type Page,
  type Request,
} from "@playwright/test";

let clients = 0;

/**
 * Gives the browser context its own client address (the e2e server trusts X-Forwarded-For), so
 * each test has its own submission and sign-in allowance.
 */
export async function giveOwnClientAddress(page: Page) {
  clients += 1;
  await page.context().setExtraHTTPHeaders({
    "x-forwarded-for": `10.${process.pid % 250}.${Math.floor(clients / 250)}.${clients % 250}`,
  });
}

export type Answers = {
  title: string;
  summary?: string;
  moreInfoUrl?: string;
  /** The sender's address; one nobody reads unless given. */
  email?: string;
  /** Ticks "Email me when you receive my example…". */
  emailUpdates?: boolean;
  /** Ticks "Forward messages from staff to me" (nothing is ticked until the person ticks it). */
  forwarding?: boolean;
};

/**
 * Fills in every question on /submit with sensible answers. The words and the theme are ones the
 * search tests do not count, so examples published here do not change their results.
 */
export async function fillInSubmission(page: Page, answers: Answers) {
  await page.getByLabel("Title").fill(answers.title);
  await page
    .getByLabel("Summary")
    .fill(
      answers.summary ??
        "Pharmacists phone each person the day after they leave the ward.",
    );
  await page
    .getByLabel("Why was it needed?")
    .fill("People were returning to the ward within a week.");
  await page
    .getByLabel("What was done?")
    .fill("A pharmacist calls each person the day after they leave.");
  await page
    .getByLabel("What are the results so far?")
    .fill("Fewer people returned in the first month.");
  await page
    .getByLabel("Link to more information (optional)")
    .fill(answers.moreInfoUrl ?? "");
  await page
    .getByRole("group", { name: "Themes" })
    .getByLabel("Health inequalities")
    .check();
  await page
    .getByRole("group", { name: "Care setting" })
    .getByLabel("Community")
    .check();
  await page.getByLabel("Your name").fill("Sam Example");
  await page
    .getByLabel("Your work email address")
    .fill(answers.email ?? "sam@example.nhs.uk");
  if (answers.emailUpdates)
    await page.getByLabel(/^Email me when you receive my example/).check();
  if (answers.forwarding)
    await page.getByLabel("Forward messages from staff to me").check();
  await page.getByLabel(/I confirm/).check();
}

/** Sends the form and returns the reference shown on the confirmation page. */
export async function sendSubmission(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Submit example" }).click();
  await expect(
    page.getByRole("heading", { name: "Example submitted" }),
  ).toBeVisible();
  // Next.js streams the new page's title just after its content.
  await expect(page).toHaveTitle(/^Example submitted/);
  const reference = await page
    .locator(".nhsuk-panel__body strong")
    .textContent();
  expect(reference).toMatch(/^IX-\d{4,}$/);
  return reference ?? "";
}

/** Submits a complete example from a fresh form; returns its reference. */
export async function submitExample(page: Page, answers: Answers) {
  await page.goto("/submit");
  await fillInSubmission(page, answers);
  return sendSubmission(page);
}

/** True if a request is a form post (the server action), for counting what was sent. */
export const isFormPost = (request: Request) =>
  request.method() === "POST" && new URL(request.url()).pathname === "/submit";

/**
 * Whether an example shows anywhere public: search page, search and examples APIs, CSV, feed,
 * sitemap, and its reference address. `words` are search words that match its title; `slug` is
 * its address, or for a submission the placeholder it is stored under.
 */
export async function publicSightings(
  request: APIRequestContext,
  {
    title,
    reference,
    slug,
    words,
  }: { title: string; reference: string; slug: string; words: string },
) {
  const q = encodeURIComponent(words);
  const bodies = {
    searchPage: await request.get(`/examples?q=${q}`),
    searchApi: await request.get(`/api/search?q=${q}`),
    examplesApi: await request.get(`/api/examples?q=${q}`),
    csv: await request.get(`/api/examples?format=csv&q=${q}`),
    feed: await request.get("/feed.xml"),
    sitemap: await request.get("/sitemap.xml"),
  };
  const places: string[] = [];
  for (const [place, response] of Object.entries(bodies)) {
    expect(response.status(), place).toBe(200);
    const body = await response.text();
    if (
      body.includes(title) ||
      body.includes(reference) ||
      body.includes(`/examples/${slug}`)
    )
      places.push(place);
  }
  const byReference = await request.get(`/e/${reference}`, {
    maxRedirects: 0,
  });
  if (byReference.status() !== 404) places.push("referenceAddress");
  return places;
}
