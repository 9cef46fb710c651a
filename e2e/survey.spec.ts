import { expect, test } from "./test";
import { expectNoAxeViolations } from "./axe";

// Transcribed from shared/source/README.md: strongly agree, agree, neither, disagree, strongly disagree.
const reported: [statement: string, figures: string[]][] = [
  [
    "NHS IMPACT has been helpful in ensuring a focus on quality improvement",
    ["4%", "25%", "42%", "16%", "10%"],
  ],
  [
    "Our trust board is prioritising a focus on quality improvement and trust-wide improvement programmes",
    ["31%", "58%", "8%", "3%", "Not reported"],
  ],
  [
    "Our trust board is prioritising a focus on tackling health inequalities",
    ["12%", "58%", "23%", "6%", "Not reported"],
  ],
  [
    "Our trust board is prioritising a clear focus on promoting race equality and tackling discrimination",
    ["38%", "48%", "11%", "3%", "Not reported"],
  ],
  [
    "Our trust board has a strong focus on digital innovation",
    ["12%", "59%", "19%", "9%", "1%"],
  ],
];

test("the table gives every reported figure exactly, and says where one was not reported", async ({
  page,
}) => {
  await page.goto("/survey");
  const table = page.getByRole("table", {
    name: /Trust leaders’ answers to each statement/,
  });
  await expect(table.getByRole("columnheader")).toHaveText([
    "Statement",
    "Strongly agree",
    "Agree",
    "Neither agree nor disagree",
    "Disagree",
    "Strongly disagree",
  ]);
  for (const [statement, figures] of reported) {
    const row = table
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: statement }) });
    // Inner text: each cell's repeated heading shows only on a phone.
    await expect(row.getByRole("cell")).toHaveText(figures, {
      useInnerText: true,
    });
  }
  await expect(
    table
      .getByRole("row")
      .filter({ hasText: "NHS IMPACT" })
      .getByText("Figures as reported; they add up to 97%."),
  ).toBeVisible();
  await expect(
    table
      .getByRole("row")
      .filter({ hasText: "health inequalities" })
      .getByText("they add up to 99%"),
  ).toBeVisible();
  await expect(table.getByText(/they add up to/)).toHaveCount(2);
});

test("each statement leads to its theme", async ({ page }) => {
  await page.goto("/survey");
  const row = page
    .getByRole("row")
    .filter({ hasText: "strong focus on digital innovation" });
  await row.getByRole("link", { name: "Digital" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Digital");
  await expect(page.getByText(/^71% of trust leaders agreed/)).toBeVisible();
});

test("the chart has an accessible name and description, and the page passes axe", async ({
  page,
}) => {
  await page.goto("/survey");
  const chart = page.getByRole("img", {
    name: "How trust leaders answered five statements, in percent",
  });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(
    /disagreement is shown to the left of the centre line/,
  );
  await expect(
    page.getByText(
      "89% of trust leaders agreed that their trust board is prioritising",
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the page prints without the header navigation", async ({ page }) => {
  await page.goto("/survey");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Menu" })).toBeHidden();
  await expect(page.getByRole("table")).toBeVisible();
});

test("GET /api/survey gives the figures as numbers, with null where not reported", async ({
  request,
}) => {
  const response = await request.get("/api/survey");
  expect(response.status()).toBe(200);
  const { statements } = await response.json();
  expect(statements).toHaveLength(5);
  expect(statements[0].shares).toEqual({
    stronglyAgree: 4,
    agree: 25,
    neither: 42,
    disagree: 16,
    stronglyDisagree: 10,
  });
  expect(statements[0].reportedTotal).toBe(97);
  expect(statements[1].shares.stronglyDisagree).toBeNull();
  expect(statements.map((s: { agreed: number }) => s.agreed)).toEqual([
    29, 89, 70, 86, 71,
  ]);
});
