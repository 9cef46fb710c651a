import { expect, test } from "./test";
import { expectNoAxeViolations } from "./axe";
import { seedExamples } from "../seed/catalogue";
import { unique } from "./catalogue";
import { signIn } from "./moderator";
import { fillInSubmission, sendSubmission } from "./submissions";

// What a newcomer met on a clean clone (issue 38): the pages agree with each other, nothing is
// chosen for them, and a preview or a missing form leads somewhere.

test("no contact choice is ticked before the person ticks it, on any form that offers one", async ({
  page,
}) => {
  for (const path of [
    "/submit",
    "/examples/home-first/tried",
    "/examples/home-first/claim",
  ]) {
    await page.goto(path);
    const forwarding = page.getByRole("checkbox", {
      name: "Forward messages from staff to me",
    });
    await expect(forwarding, path).not.toBeChecked();
    await expect(page.getByRole("main"), path).toContainText(
      "If you do not tick this, staff cannot contact you through this site.",
    );
    for (const box of await page
      .getByRole("checkbox", { name: /Show my name and email address/ })
      .all())
      await expect(box, path).not.toBeChecked();
  }
});

test("the source examples' review state is the same on their pages, the moderators' queue and Insights from the first start", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The source report's examples were confirmed on 30 November 2023: due two years on, and with
  // no team to ask, they wait for a moderator at once.
  for (const example of seedExamples) {
    await page.goto(`/examples/${example.slug}`);
    await expect(page.getByRole("main"), example.slug).toContainText(
      /Review due\s*30 November 2025 \(overdue\)/,
    );
  }
  await signIn(page);
  await page.goto("/admin");
  const queue = page.getByRole("region", { name: /^Due for review/ });
  await page.goto("/admin/insights");
  const insights = page.getByRole("region", {
    name: "Examples overdue for review",
  });
  await expect(insights).not.toContainText("No example is overdue");
  const overdueOnInsights = await insights.getByRole("row").allInnerTexts();
  await page.goto("/admin");
  for (const [index, example] of seedExamples.entries()) {
    const reference = `IX-${String(index + 1).padStart(4, "0")}`;
    await expect(queue, example.slug).toContainText(
      `${reference}: ${example.title}`,
    );
    expect(
      overdueOnInsights.some((row) => row.includes(reference)),
      reference,
    ).toBe(true);
  }
  await expectNoAxeViolations(page);
});

test("a pending example's preview links only to pages that exist, and a published example without a contact points its team to a claim", async ({
  page,
  browser,
  baseURL,
}) => {
  const title = `Preview links ${unique()}`;
  await page.goto("/submit");
  await fillInSubmission(page, { title, forwarding: true });
  const reference = await sendSubmission(page);
  const moderating = await browser.newPage({ baseURL });
  await signIn(moderating);
  await moderating.goto(`/admin/examples/${reference}`);
  const preview = moderating.locator(".app-preview");
  await expect(preview).toContainText(
    "Staff can send the team a message through this site",
  );
  const hrefs = await preview
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    expect(href, href).not.toMatch(/\/(contact|claim|tried)$/);
    if (href.startsWith("/")) {
      const answer = await moderating.request.get(href);
      expect(answer.status(), href).toBe(200);
    }
  }
  await moderating.close();

  // The source report names no team: its contact page says so and offers the claim.
  const answer = await page.goto("/examples/home-first/contact");
  expect(answer?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "You cannot contact this team through this site",
  );
  await expect(page).toHaveTitle(/^You cannot contact this team/);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Is this your trust's work?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Is this your trust's work?",
  );
});

test("a theme's page without search words offers no sort by relevance, and lists the newest first", async ({
  page,
}) => {
  await page.goto("/themes/digital");
  const sort = page.getByRole("combobox", { name: "Sort by" });
  await expect(sort).toHaveValue("newest");
  await expect(sort.getByRole("option")).toHaveText(["Newest", "A to Z"]);
  await page.goto("/examples?q=discharge");
  await expect(
    page.getByRole("combobox", { name: "Sort by" }).getByRole("option"),
  ).toHaveText(["Relevance", "Newest", "A to Z"]);
});
