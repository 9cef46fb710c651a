import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { expectNoAxeViolations } from "./axe";
import { addExample, unique, withdrawExample } from "./catalogue";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A shortlist button by what it does and the example it is for, as a screen reader names it. */
const shortlistButton = (page: Page, action: string, title: string) => {
  const [verb, ...rest] = action.split(" ");
  return page.getByRole("button", {
    name: new RegExp(
      `^${verb}\\s+‘${escape(title)}’\\s*${escape(rest.join(" "))}$`,
    ),
  });
};

const listedTitles = (page: Page) =>
  page.locator(".app-shortlist h2").allInnerTexts();

test("a shortlist built from search results and an example page is kept, shared, printed and downloaded", async ({
  page,
  browser,
  baseURL,
}) => {
  const word = `lounge${unique()}`;
  const firstTitle = `Discharge ${word} for the first ward`;
  const first = addExample({ title: firstTitle });
  const second = addExample({ title: `Morning huddle ${unique()}` });
  const third = addExample({ title: `Ward that later closed ${unique()}` });

  // From search results.
  await page.goto(`/examples?q=${word}`);
  await shortlistButton(page, "Add to shortlist", firstTitle).click();
  await expect(
    page.getByText("Added to your shortlist. It has 1 example."),
  ).toBeVisible();
  await expect(
    shortlistButton(page, "Remove from shortlist", firstTitle),
  ).toBeVisible();

  // From two example pages.
  for (const example of [second, third]) {
    await page.goto(`/examples/${example.slug}`);
    const title = await page.locator("h1").innerText();
    await shortlistButton(page, "Add to shortlist", title).click();
    await expect(
      page.getByRole("link", { name: "View your shortlist" }),
    ).toBeVisible();
  }
  await page.getByRole("link", { name: "View your shortlist" }).click();
  await expect(page).toHaveURL(
    `/shortlist?refs=${first.reference},${second.reference},${third.reference}`,
  );
  const secondTitle = await page
    .locator(".app-shortlist h2")
    .nth(1)
    .innerText();
  const thirdTitle = await page.locator(".app-shortlist h2").nth(2).innerText();
  expect(await listedTitles(page)).toEqual([
    firstTitle,
    secondTitle,
    thirdTitle,
  ]);
  await expectNoAxeViolations(page);

  // Reorder by keyboard: focus stays with the example that moved.
  await shortlistButton(page, "Move up", secondTitle).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(
    `/shortlist?refs=${second.reference},${first.reference},${third.reference}`,
  );
  await expect(shortlistButton(page, "Move down", secondTitle)).toBeFocused();

  // A withdrawn example drops out, and the page says so, after a reload too.
  withdrawExample(third.slug);
  await page.reload();
  await expect(
    page.getByText(`${third.reference} has been withdrawn`),
  ).toBeVisible();
  expect(await listedTitles(page)).toEqual([secondTitle, firstTitle]);
  await expectNoAxeViolations(page);

  // The link opens the same shortlist in a browser that has never seen it.
  const link = await page
    .getByText("Link to this shortlist:")
    .getByRole("link")
    .getAttribute("href");
  expect(link).toBe(
    `${baseURL}/shortlist?refs=${second.reference},${first.reference},${third.reference}`,
  );
  const elsewhere = await (await browser.newContext()).newPage();
  await elsewhere.goto(link!);
  expect(await listedTitles(elsewhere)).toEqual([secondTitle, firstTitle]);
  await expect(
    elsewhere.getByText(`${third.reference} has been withdrawn`),
  ).toBeVisible();
  // Someone else's shortlist: nothing to move or remove until they keep it.
  const keep = elsewhere.getByRole("button", {
    name: "Add these to your shortlist",
  });
  await expect(keep).toBeVisible();
  await expect(
    elsewhere.getByRole("button", { name: /^Move|^Remove/ }),
  ).toHaveCount(0);
  await keep.click();
  await expect(shortlistButton(elsewhere, "Remove", secondTitle)).toBeVisible();

  // Print: one example a page, each with its permanent link.
  await elsewhere.emulateMedia({ media: "print" });
  const printed = elsewhere.locator(".app-print-page");
  await expect(printed).toHaveCount(2);
  await expect(printed.nth(0)).toBeVisible();
  await expect(printed.nth(0)).toContainText(
    `Permanent link: ${baseURL}/e/${second.reference}`,
  );
  await expect(printed.nth(1)).toContainText(
    `Permanent link: ${baseURL}/e/${first.reference}`,
  );
  await expect(elsewhere.locator(".app-shortlist")).toBeHidden();
  const pdf = (await elsewhere.pdf({ format: "A4" })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(2);
  await elsewhere.context().close();

  // CSV: the shortlist's examples in its order, and nothing withdrawn.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download this shortlist as CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("shortlist.csv");
  const csv = fs.readFileSync((await download.path())!, "utf8");
  const lines = csv.trim().split("\r\n");
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain(secondTitle);
  expect(lines[2]).toContain(firstTitle);
  expect(csv).not.toContain(thirdTitle);
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("a shortlist link opens, says which references are gone, and prints", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/shortlist?refs=IX-0006,IX-9999,not-a-ref,IX-0005");
    expect(await listedTitles(page)).toEqual([
      "Rapid access to neurology assessment (RANA)",
      "Home First: a transitional discharge model in mental health",
    ]);
    await expect(page.getByText("IX-9999 could not be found")).toBeVisible();
    await expect(
      page.getByText("‘not-a-ref’ is not an example reference"),
    ).toBeVisible();
    // Nothing that needs JavaScript is offered.
    await expect(page.getByRole("button")).toHaveCount(0);

    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".app-print-page").first()).toContainText(
      `Permanent link: ${baseURL}/e/IX-0006`,
    );
  });

  test("the shortlist page explains how to make one", async ({ page }) => {
    await page.goto("/shortlist");
    await expect(page.locator("h1")).toHaveText("Your shortlist");
    await expect(
      page.getByText("There are no examples on this shortlist yet."),
    ).toBeVisible();
  });
});

for (const viewport of [
  { width: 375, height: 740 },
  { width: 1280, height: 900 },
]) {
  test(`at ${viewport.width} px the examples, survey and shortlist pages fit the screen`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    for (const path of [
      "/examples?q=discharge",
      "/survey",
      "/shortlist?refs=IX-0005,IX-0006",
    ]) {
      await page.goto(path);
      await testInfo.attach(`${path}-${viewport.width}.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: "image/png",
      });
      // Only a table may scroll sideways, inside its own box: never the whole page.
      const pageOverflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(pageOverflow, path).toBeLessThanOrEqual(0);
    }
  });
}
