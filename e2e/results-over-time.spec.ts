import { expectNoAxeViolations } from "./axe";
import { unique } from "./catalogue";
import { openNewestInQueue, signIn } from "./moderator";
import { expectToFitTheScreen } from "./screen";
import {
  fillInSubmission,
  giveOwnClientAddress,
  sendSubmission,
} from "./submissions";
import { expect, test } from "./test";

// 24 months of average length of stay: 12 around 10 days, then a new discharge checklist and 12
// around 6. Worked by hand: the first year's mean is 120 / 12 = 10, the second's 72 / 12 = 6.
const before = [10, 11, 9, 10, 12, 8, 10, 11, 9, 10, 9, 11];
const after = [6, 7, 5, 6, 6, 7, 5, 6, 7, 5, 6, 6];
const months = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const pasted = [...before, ...after]
  .map((value, i) => {
    const date = `${months[i % 12]} ${2024 + Math.floor(i / 12)}`;
    return i === 12
      ? `${date}\t${value}\tNew discharge checklist started`
      : `${date}\t${value}`;
  })
  .join("\n");

const typeWords: Record<string, string> = {
  common_cause: "Common cause",
  special_cause_improvement: "Special cause improvement",
  special_cause_concern: "Special cause concern",
  special_cause_neutral_high: "Special cause, higher",
  special_cause_neutral_low: "Special cause, lower",
};

test("a team sends 24 months with a change after the 12th; the published page shows the chart, its sentence and table, the JSON and the CSV agree", async ({
  page,
  request,
}) => {
  await giveOwnClientAddress(page);
  const title = `Discharge checklist on the frailty ward ${unique()}`;
  await page.goto("/submit");
  // Only a moderator gives "Measured over time", once there is a measure to show for it.
  await expect(page.getByLabel("Measured over time")).toHaveCount(0);
  await fillInSubmission(page, { title });
  await page.getByRole("button", { name: "Add a measure over time" }).click();
  const measure = page.getByRole("group", { name: "Measure 1" });
  await measure.getByLabel("What was measured").fill("Average length of stay");
  await measure.getByLabel("Unit").fill("days");
  await measure.getByLabel("Lower is better").check();
  await measure.getByLabel("Target (optional)").fill("8");
  await measure
    .getByLabel("Results", { exact: true })
    .fill(`${pasted}\nJan 2026\tten`);
  await measure
    .getByLabel("When did a change start a new period? (optional)")
    .fill("Jan 2025");
  await page.getByRole("button", { name: "Submit example" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "There is a problem" }),
  ).toContainText("Measure 1: row 25: ‘ten’ is not a number");
  await expectNoAxeViolations(page);
  await measure.getByLabel("Results", { exact: true }).fill(pasted);
  // The other answers survived the post that added the measure.
  await expect(page.getByLabel("Title")).toHaveValue(title);
  const reference = await sendSubmission(page);

  await signIn(page);
  await openNewestInQueue(page);
  await page.getByRole("link", { name: title }).click();
  const preview = page.locator(".app-preview");
  await expect(
    preview.getByRole("heading", { name: "Results over time" }),
  ).toBeVisible();
  // With 24 results the moderator may give the evidence label only moderators give.
  await page.getByLabel("Measured over time").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(
    "Your changes have been saved",
  );
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(
    "Example published",
  );
  await page.getByRole("button", { name: "Sign out" }).click();

  await page.goto(`/e/${reference}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const chart = page.locator("figure.app-control-chart");
  await expect(chart.locator("figcaption")).toHaveText(
    "Average length of stay (days)",
  );
  // Both periods are common cause on their own limits; the target of 8 lies inside the second's.
  await expect(chart.locator(".app-control-chart__sentence")).toHaveText(
    "Since January 2025, every month is within the limits and shows no pattern: common cause variation. The target of 8 days is inside the limits: it will be met in some months and missed in others.",
  );
  await expect(chart.locator(".app-control-chart__break")).toHaveCount(1);
  await expect(page.locator(".app-labels").first()).toContainText(
    "Measured over time",
  );
  const rows = chart.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveCount(24);
  await expect(rows.nth(12)).toContainText("New discharge checklist started");
  const shownTypes = await rows.locator("td:nth-child(3)").allTextContents();

  const slug = new URL(page.url()).pathname.split("/").at(-1)!;
  const data = await (await request.get(`/api/examples/${slug}`)).json();
  expect(data.measures).toHaveLength(1);
  const [openData] = data.measures;
  expect(openData).toMatchObject({
    name: "Average length of stay",
    unit: "days",
    better: "lower",
    target: 8,
    variation: "common_cause",
    assurance: "inconsistent",
  });
  expect(
    openData.periods.map((p: { from: string; mean: number }) => [
      p.from,
      p.mean,
    ]),
  ).toEqual([
    ["2024-01-01", 10],
    ["2025-01-01", 6],
  ]);
  expect(openData.points[12]).toMatchObject({
    date: "2025-01-01",
    value: 6,
    note: "New discharge checklist started",
    newPeriod: true,
  });
  expect(
    openData.points.map((point: { type: string }) => typeWords[point.type]),
  ).toEqual(shownTypes);

  const csv = await request.get(`/examples/${slug}/measures/1.csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const body = await csv.body();
  // A byte order mark first, so that Excel reads it as UTF-8.
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString("utf8").slice(1).trim().split("\r\n");
  expect(lines[0]).toBe(
    "Date,Value (days),Note,New period starts,Type,Mean,Lower process limit,Upper process limit",
  );
  expect(lines).toHaveLength(25);
  expect(lines[13]).toMatch(
    /^2025-01-01,6,New discharge checklist started,Yes,Common cause,6,/,
  );

  const found = await page.goto(
    `/examples?over-time=yes&q=${encodeURIComponent(title)}`,
  );
  expect(found?.status()).toBe(200);
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  await page.goto(`/e/${reference}`);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectToFitTheScreen(page, `/examples/${slug}`);
});

test.describe("results over time, with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("results that cannot be read are refused with the row named, and nothing typed is lost", async ({
    page,
  }) => {
    await giveOwnClientAddress(page);
    const title = `Results over time refused ${unique()}`;
    await page.goto("/submit");
    await fillInSubmission(page, { title });
    await page.getByRole("button", { name: "Add a measure over time" }).click();
    const measure = page.getByRole("group", { name: "Measure 1" });
    await measure.getByLabel("What was measured").fill("Falls");
    await measure.getByLabel("Unit").fill("falls a month");
    await measure.getByLabel("Lower is better").check();
    const typed =
      'date,value\n2024-01-01,4\n\n01/02/2024,"1,234"\n2024-03-01,four\n01/01/2024,3';
    await measure.getByLabel("Results", { exact: true }).fill(typed);
    await page.getByRole("button", { name: "Submit example" }).click();

    const summary = page
      .getByRole("alert")
      .filter({ hasText: "There is a problem" });
    await expect(summary).toContainText(
      "Measure 1: row 5: ‘four’ is not a number. 1 more row needs correcting too",
    );
    await expect(measure.getByLabel("Results", { exact: true })).toHaveValue(
      typed,
    );
    await expect(page.getByLabel("Title")).toHaveValue(title);

    // Above the limit the README states: refused at once, by the rule, not the row.
    const tooMany = Array.from(
      { length: 10_000 },
      (_, i) =>
        `${new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10)}\t${i}`,
    ).join("\n");
    // Set as a paste would, at once: typing 10,000 lines would take minutes.
    await measure
      .getByLabel("Results", { exact: true })
      .evaluate(
        (box: HTMLTextAreaElement, text) => (box.value = text),
        tooMany,
      );
    await page.getByRole("button", { name: "Submit example" }).click();
    await expect(summary).toContainText(
      "Measure 1: a measure can have at most 1,000 points",
    );

    // A CSV file instead: its lines replace the box's, and its problems are named by row too.
    const file = measure.getByLabel("Or choose a CSV file (optional)");
    await file.setInputFiles({
      name: "falls.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Month,Falls\r\nJan 2024,4\r\nFeb 2024,lots\r\n"),
    });
    await page.getByRole("button", { name: "Submit example" }).click();
    await expect(summary).toContainText(
      "Measure 1: row 3: ‘lots’ is not a number",
    );
    await expect(measure.getByLabel("Results", { exact: true })).toHaveValue(
      "Month,Falls\nJan 2024,4\nFeb 2024,lots\n",
    );
    await file.setInputFiles({
      name: "falls.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe]),
    });
    await page.getByRole("button", { name: "Submit example" }).click();
    await expect(summary).toContainText(
      "Measure 1: the file is not a CSV file",
    );
  });
});
