import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { expectNoAxeViolations } from "./axe";
import { addExample, unique } from "./catalogue";

/** Three examples sharing one unusual word, with different stages, evidence and reports. */
function addLabelledExamples() {
  const word = `kestrel${unique()}`;
  const pilot = `Pilot ${word} on one ward`;
  const routine = `Routine ${word} across the trust`;
  const unlabelled = `Unlabelled ${word} idea`;
  addExample({ title: pilot, stage: "pilot", evidence: "before-after" });
  addExample({
    title: routine,
    stage: "routine-use",
    evidence: "control-group",
    reports: 2,
  });
  addExample({ title: unlabelled });
  return { word, pilot, routine, unlabelled };
}

const resultTitles = (page: Page) =>
  page.locator(".app-result h2").allInnerTexts();

const checkbox = (page: Page, name: RegExp) =>
  page.getByRole("checkbox", { name });

test("stage, evidence and tried-elsewhere filters change the results and the counts", async ({
  page,
}) => {
  const { word, pilot, routine, unlabelled } = addLabelledExamples();
  await page.goto(`/examples?q=${word}`);
  await expect(page.getByRole("status")).toHaveText(
    `3 examples found for ‘${word}’`,
  );
  await expect(checkbox(page, /^Pilot \(1\)/)).toBeVisible();
  await expect(checkbox(page, /^In routine use \(1\)/)).toBeVisible();
  await expect(checkbox(page, /^Tried elsewhere \(1\)/)).toBeVisible();

  await checkbox(page, /^Pilot/).check();
  await expect(page).toHaveURL(/stage=pilot/);
  await expect(page.getByRole("status")).toHaveText(
    `1 example found for ‘${word}’`,
  );
  expect(await resultTitles(page)).toEqual([pilot]);
  // Counts keep the other filters: evidence counts now describe pilots only.
  await expect(
    checkbox(page, /^Measured before and after \(1\)/),
  ).toBeVisible();
  await expect(
    checkbox(page, /^Compared with a control group \(0\)/),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Tick "In routine use" too, then "Tried elsewhere": only the one with reports is left.
  await checkbox(page, /^In routine use/).check();
  await expect(page.getByRole("status")).toHaveText(
    `2 examples found for ‘${word}’`,
  );
  await checkbox(page, /^Tried elsewhere/).check();
  await expect(page).toHaveURL(/tried=yes/);
  await expect(page.getByRole("status")).toHaveText(
    `1 example found for ‘${word}’`,
  );
  expect(await resultTitles(page)).toEqual([routine]);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByRole("status")).toHaveText(
    `3 examples found for ‘${word}’`,
  );
  expect((await resultTitles(page)).sort()).toEqual(
    [pilot, routine, unlabelled].sort(),
  );
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the stage and evidence filters work by submitting the form", async ({
    page,
  }) => {
    const { word, routine } = addLabelledExamples();
    await page.goto(`/examples?q=${word}`);
    await checkbox(page, /^Compared with a control group/).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/evidence=control-group/);
    await expect(page.getByRole("status")).toHaveText(
      `1 example found for ‘${word}’`,
    );
    expect(await resultTitles(page)).toEqual([routine]);
    await expect(checkbox(page, /^Tried elsewhere \(1\)/)).toBeChecked({
      checked: false,
    });
  });
});

test("each label on an example links to its definition", async ({ page }) => {
  const { routine } = addLabelledExamples();
  await page.goto(`/examples?q=${encodeURIComponent(routine)}`);
  await page.getByRole("link", { name: routine }).click();
  const labels = page.locator(".app-labels");
  await expect(labels).toContainText("In routine use");
  await expect(labels).toContainText("Compared with a control group");
  await expect(labels).toContainText("self-reported");
  await expect(labels).toContainText("2 reports");
  await expectNoAxeViolations(page);

  await labels.getByRole("link", { name: "In routine use" }).click();
  await expect(page).toHaveURL(/\/labels#stage-routine-use$/);
  await expect(page.locator("#stage-routine-use")).toContainText(
    "Part of how the service normally works",
  );
  await expectNoAxeViolations(page);
  await page.goBack();
  await labels.getByRole("link", { name: "self-reported" }).click();
  await expect(page).toHaveURL(/\/labels#self-reported$/);
  await expect(page.locator("#self-reported")).toContainText(
    "A moderator has not seen the evaluation",
  );
});

test("a seeded example says its stage is not stated and its evidence described", async ({
  page,
}) => {
  await page.goto("/examples/home-first");
  const labels = page.locator(".app-labels");
  await expect(
    labels.getByRole("link", { name: "Not stated" }),
  ).toHaveAttribute("href", "/labels#stage-not-stated");
  await expect(
    labels.getByRole("link", { name: "Described, not measured" }),
  ).toBeVisible();
  await expect(labels).toContainText("No reports yet");
});
