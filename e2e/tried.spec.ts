import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { expectNoAxeViolations } from "./axe";
import { addExample, unique } from "./catalogue";
import { openNewestInQueue, signIn } from "./moderator";
import { giveOwnClientAddress } from "./submissions";

test.beforeEach(async ({ page }) => giveOwnClientAddress(page));

type Report = {
  changes: string;
  results: string;
  stopped?: string;
};

/** Fills in "we tried this too" with sensible answers. */
async function fillInReport(page: Page, report: Report) {
  await page
    .getByRole("group", { name: "Care setting" })
    .getByLabel("Community")
    .check();
  await page
    .getByLabel("What did you change from the original?")
    .fill(report.changes);
  await page.getByLabel("What happened?").fill(report.results);
  await page
    .getByRole("group", { name: "Is it still running?" })
    .getByLabel(report.stopped ? "Stopped" : "Still running")
    .check();
  if (report.stopped)
    await page.getByLabel("If you stopped, why?").fill(report.stopped);
  await page.getByLabel("Your name").fill("Jo Example");
  await page.getByLabel("Your work email address").fill("jo@example.nhs.uk");
  await page.getByLabel(/I confirm/).check();
}

/** Sends the form and returns the reference on the confirmation page. */
async function sendReport(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(
    page.getByRole("heading", { name: "Report sent" }),
  ).toBeVisible();
  const reference = await page
    .locator(".nhsuk-panel__body strong")
    .textContent();
  expect(reference).toMatch(/^TR-\d{4,}$/);
  return reference ?? "";
}

async function decide(
  page: Page,
  reference: string,
  decision: "Approve and publish" | "Reject",
) {
  await page.goto(`/admin/reports/${reference}`);
  await expect(
    page.getByRole("heading", { name: "Review ‘we tried this too’ report" }),
  ).toBeVisible();
  if (decision === "Reject")
    await page.getByLabel("Reason for rejecting").fill("A duplicate report.");
  await page.getByRole("button", { name: decision }).click();
  await expect(
    page.getByText(
      decision === "Reject" ? "Report rejected" : "Report published",
    ),
  ).toBeVisible();
}

const triedFacet = (page: Page) =>
  page.getByRole("checkbox", { name: /^Tried elsewhere \(\d+\)/ });

test("a report of trying an example is corrected, approved, and then shown, counted and found by filter", async ({
  page,
  request,
}) => {
  const word = `heron${unique()}`;
  const title = `Discharge ${word} lounge`;
  const example = addExample({ title });
  const results = `Readmissions ${word} fell from 14% to 9% over six months.`;
  const stoppedReason = `Funding ${word} ended after the pilot.`;

  await page.goto(`/examples/${example.slug}`);
  await expect(page.locator("#tried-elsewhere ~ p").first()).toHaveText(
    "No other team has told us about trying this yet.",
  );
  await page
    .getByRole("link", { name: "Tell us if your team tried this too" })
    .click();
  await expect(
    page.getByRole("heading", { name: "We tried this too" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Mistakes first: stopped without a reason, nothing about what happened.
  await fillInReport(page, {
    changes: "Ran it on a community ward.",
    results: "",
    stopped: " ",
  });
  await page.getByRole("button", { name: "Send report" }).click();
  const summary = page
    .getByRole("alert")
    .filter({ hasText: "There is a problem" });
  await expect(summary).toContainText("Enter what happened when you tried it");
  await expect(summary).toContainText("Enter why you stopped");
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
  // Nothing typed is lost.
  await expect(
    page.getByLabel("What did you change from the original?"),
  ).toHaveValue("Ran it on a community ward.");
  await page.getByLabel("What happened?").fill(results);
  await page.getByLabel("If you stopped, why?").fill(stoppedReason);
  // A measured result and what it cost, as data.
  await page
    .getByLabel("What was measured")
    .fill("Readmissions within 30 days");
  await page.getByLabel("Before the change").fill("14");
  await page.getByLabel("After the change").fill("9");
  await page.getByLabel("Unit", { exact: true }).fill("%");
  await page.getByLabel("When it was measured").fill("January to June 2025");
  await page.getByLabel("Running cost, in pounds").fill("1,500");
  await page
    .getByLabel("How often the running cost is paid")
    .selectOption("month");
  const reference = await sendReport(page);

  // Pending: nowhere public.
  await page.goto(`/examples/${example.slug}`);
  await expect(page.getByText(results)).toHaveCount(0);
  const pendingJson = await (
    await request.get(`/api/examples/${example.slug}`)
  ).json();
  expect(pendingJson.reports).toEqual([]);
  expect(pendingJson.triedElsewhere).toBe(0);

  await signIn(page);
  await openNewestInQueue(page);
  await page.getByRole("link", { name: `We tried this too: ${title}` }).click();
  await expect(page).toHaveURL(`/admin/reports/${reference}`);
  await expectNoAxeViolations(page);
  await decide(page, reference, "Approve and publish");

  await page.goto(`/examples/${example.slug}`);
  const tried = page.getByRole("region", { name: "Tried elsewhere" });
  await expect(tried).toContainText(
    "1 team told us they tried this. They stopped, and say why below.",
  );
  await expect(tried).toContainText(results);
  await expect(tried).toContainText(`Why: ${stoppedReason}`);
  const measured = tried.getByRole("table", { name: "Measured results" });
  await expect(measured.getByRole("row").nth(1)).toContainText(
    /Readmissions within 30 days.*14%.*9%.*January to June 2025/,
  );
  await expect(tried).toContainText("£1,500 a month");
  await expect(page.locator(".app-labels")).toContainText("1 report");
  // Contact details were not agreed to, so they are not shown.
  await expect(tried).not.toContainText("jo@example.nhs.uk");
  await expectNoAxeViolations(page);

  const json = await (
    await request.get(`/api/examples/${example.slug}`)
  ).json();
  expect(json.triedElsewhere).toBe(1);
  expect(json.reports).toEqual([
    expect.objectContaining({
      reference,
      careSetting: "community",
      results,
      state: "stopped",
      stoppedReason,
      contact: null,
      outcomes: [
        {
          measure: "Readmissions within 30 days",
          before: 14,
          after: 9,
          unit: "%",
          period: "January to June 2025",
        },
      ],
      resources: expect.objectContaining({
        currency: "GBP",
        runningCost: 1500,
        runningCostPeriod: "month",
        oneOffCost: null,
      }),
    }),
  ]);
  const feed = await (await request.get("/feed.xml")).text();
  expect(feed).toContain(stoppedReason);

  await page.goto(`/examples?q=${word}`);
  await expect(triedFacet(page)).toHaveAccessibleName(/\(1\)/);
  await triedFacet(page).check();
  await expect(page.getByRole("status")).toHaveText(
    `1 example found for ‘${word}’`,
  );
});

test("a rejected or pending report is never public: not on the page, in JSON, the feed or the CSV", async ({
  page,
  request,
}) => {
  const word = `plover${unique()}`;
  const example = addExample({ title: `Frailty ${word} hub` });
  const rejected = `Rejected ${word} outcome`;
  const pending = `Pending ${word} outcome`;
  const references: string[] = [];
  for (const results of [rejected, pending]) {
    await page.goto(`/examples/${example.slug}/tried`);
    await fillInReport(page, { changes: "Nothing changed.", results });
    references.push(await sendReport(page));
  }
  await signIn(page);
  await decide(page, references[0]!, "Reject");

  await page.goto(`/examples/${example.slug}`);
  await expect(page.locator(".app-labels")).toContainText("No reports yet");
  const bodies = [
    await page.content(),
    await (await request.get(`/api/examples/${example.slug}`)).text(),
    await (await request.get("/feed.xml")).text(),
    await (await request.get(`/api/examples?q=${word}&format=csv`)).text(),
  ];
  for (const body of bodies) {
    expect(body).not.toContain(rejected);
    expect(body).not.toContain(pending);
  }
  await page.goto(`/examples?q=${word}`);
  // No example found was tried elsewhere, so the filter, which would only offer a zero, is gone.
  await expect(page.getByRole("status")).toContainText(word);
  await expect(triedFacet(page)).toHaveCount(0);
});

test("the form is only for published examples", async ({ page }) => {
  const response = await page.goto("/examples/no-such-example/tried");
  expect(response?.status()).toBe(404);
  await expect(
    page.getByRole("heading", { name: "Page not found" }),
  ).toBeVisible();
});

test("a moderator corrects a report before publishing it, and its history says so", async ({
  page,
}) => {
  const example = addExample({ title: `Falls ${unique()} clinic` });
  await page.goto(`/examples/${example.slug}/tried`);
  await fillInReport(page, {
    changes: "Nothing changed.",
    results: "Fals fell by a third.",
  });
  const reference = await sendReport(page);
  await signIn(page);
  await page.goto(`/admin/reports/${reference}`);
  // The examples most like the report, its own example left out, to catch a misfiled report.
  const similar = page.getByRole("region", {
    name: "Similar published examples",
  });
  await expect(similar).toBeVisible();
  await expect(similar).not.toContainText(example.reference);
  const edit = page.getByRole("region", { name: "Edit this report" });
  await edit.getByLabel("What happened?").fill("Falls fell by a third.");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes have been saved")).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("row").nth(1)).toContainText("Edited");
  await expect(history.getByRole("row").nth(1)).toContainText(
    "results: Fals fell by a third. → Falls fell by a third.",
  );
  await expectNoAxeViolations(page);
  await decide(page, reference, "Approve and publish");
  await page.goto(`/examples/${example.slug}`);
  await expect(
    page.getByRole("region", { name: "Tried elsewhere" }),
  ).toContainText("Falls fell by a third.");
});

test("a report's results over time are shown under the example as a chart, in its JSON and as CSV", async ({
  page,
  request,
}) => {
  const example = addExample({ title: `Falls huddle ${unique()}` });
  await page.goto(`/examples/${example.slug}/tried`);
  await fillInReport(page, {
    changes: "Ran the huddle on two wards.",
    results: "Falls fell.",
  });
  await page.getByRole("button", { name: "Add a measure over time" }).click();
  const measure = page.getByRole("group", { name: "Measure 1" });
  await measure.getByLabel("What was measured").fill("Falls");
  await measure.getByLabel("Unit").fill("falls a month");
  await measure.getByLabel("Lower is better").check();
  await measure.getByLabel("Results", { exact: true }).fill(
    // 14 months in UK order, from 1 January 2025 to 1 February 2026.
    [9, 8, 9, 10, 8, 9, 4, 3, 4, 3, 4, 3, 4, 3]
      .map((falls, i) => {
        const month = String((i % 12) + 1).padStart(2, "0");
        return `01/${month}/${2025 + Math.floor(i / 12)},${falls}`;
      })
      .join("\n"),
  );
  const reference = await sendReport(page);

  await signIn(page);
  await decide(page, reference, "Approve and publish");
  await page.getByRole("button", { name: "Sign out" }).click();

  await page.goto(`/examples/${example.slug}`);
  const chart = page.locator("#tried-elsewhere ~ * figure.app-control-chart");
  await expect(chart.locator("figcaption")).toHaveText("Falls (falls a month)");
  await expect(chart.getByRole("table").locator("tbody tr")).toHaveCount(14);
  const data = await (
    await request.get(`/api/examples/${example.slug}`)
  ).json();
  const [shown] = data.reports.at(-1).measures;
  expect(shown.points).toHaveLength(14);
  expect(shown.points[0]).toMatchObject({ date: "2025-01-01", value: 9 });
  expect(shown.points.at(-1)).toMatchObject({ date: "2026-02-01", value: 3 });
  const csv = await request.get(
    `/examples/${example.slug}/measures/1.csv?report=${reference}`,
  );
  expect(csv.status()).toBe(200);
  expect((await csv.text()).trim().split("\r\n")).toHaveLength(15);
  expect(
    (
      await request.get(
        `/examples/${example.slug}/measures/2.csv?report=${reference}`,
      )
    ).status(),
  ).toBe(404);
});
