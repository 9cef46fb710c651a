import { expect, test } from "./test";
import { expectNoAxeViolations } from "./axe";
import { addExample, addManyExamples, unique } from "./catalogue";

const searchBox = (page: import("@playwright/test").Page) =>
  page.getByRole("searchbox", { name: "Search examples" });

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the form searches and filters by submitting to the server", async ({
    page,
  }) => {
    await page.goto("/examples");
    await searchBox(page).fill("discharge");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/examples\?q=discharge/);
    await expect(page.getByRole("status")).toHaveText(
      "2 examples found for ‘discharge’",
    );

    await page.getByRole("checkbox", { name: /Quality improvement/ }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/theme=quality-improvement/);
    await expect(page.getByRole("status")).toHaveText(
      "1 example found for ‘discharge’",
    );
    await expect(
      page.getByRole("link", { name: /Virginia Mason Institute/ }),
    ).toBeVisible();
  });

  test("a misspelt search is corrected and says so", async ({ page }) => {
    await page.goto("/examples?q=home+frist");
    await expect(
      page.getByText("Showing results for ‘home first’."),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: /^Home First/ })).toBeVisible();
    await page
      .getByRole("link", { name: "Search instead for ‘home frist’" })
      .click();
    await expect(page).toHaveURL(/exact=1/);
    await expect(page.getByRole("status")).toContainText(
      "found for ‘home frist’",
    );
    await expect(page.getByText("Showing results for")).toHaveCount(0);
  });
});

test("a word that no example mentions is named, never silently corrected or dropped", async ({
  page,
}) => {
  const found = `quokka${unique()}`;
  const missing = `nowhere${unique()}`;
  addExample({ title: `Ward rounds ${found}` });
  await page.goto(`/examples?q=${found}+${missing}`);
  await expect(
    page.getByText(
      `No examples mention ‘${missing}’. Showing examples that match ‘${found}’.`,
    ),
  ).toBeVisible();
  await expect(page.getByText("Showing results for")).toHaveCount(0);
  await expect(
    page.getByRole("link", { name: `Ward rounds ${found}` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("NHS abbreviations find the examples that spell them out, and the other way round", async ({
  page,
}) => {
  await page.goto("/examples");
  await searchBox(page).fill("pre-assessment");
  await expect(
    page.getByRole("link", { name: "Digital preoperative assessment" }),
  ).toBeVisible();
  await searchBox(page).fill("A and E neurology");
  await expect(
    page.getByRole("link", {
      name: "Rapid access to neurology assessment (RANA)",
    }),
  ).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(
    "1 example found for ‘A and E neurology’",
  );
});

test("results follow the words as they are typed, without moving focus", async ({
  page,
}) => {
  await page.goto("/examples");
  // Other journeys publish examples too, so the listing may run to several pages.
  await expect(page.getByRole("status")).toHaveText(
    /^\d+ examples(, page 1 of \d+)?$/,
  );
  await searchBox(page).pressSequentially("neurolgy", { delay: 30 });
  await expect(page.getByRole("status")).toHaveText(
    "1 example found for ‘neurology’",
  );
  await expect(
    page.getByText("Showing results for ‘neurology’."),
  ).toBeVisible();
  await expect(
    page.getByRole("link", {
      name: "Rapid access to neurology assessment (RANA)",
    }),
  ).toBeVisible();
  await expect(page.locator("mark").first()).toHaveText("neurology");
  await expect(page).toHaveURL(/\/examples\?q=neurolgy$/);
  await expect(searchBox(page)).toBeFocused();
  await expectNoAxeViolations(page);
});

test("ticking two themes shows examples in either; removing one by its tag keeps the other", async ({
  page,
}) => {
  await page.goto("/examples");
  const everything = await page.getByRole("status").textContent();
  await page.getByRole("checkbox", { name: /^Digital/ }).check();
  await expect(page.getByRole("status")).toHaveText("2 examples");
  await page.getByRole("checkbox", { name: /^Patient flow/ }).check();
  await expect(page.getByRole("status")).toHaveText("5 examples");
  await expect(page).toHaveURL(/theme=digital&theme=patient-flow/);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Remove this filter: Digital" }).click();
  await expect(page.getByRole("status")).toHaveText("3 examples");
  await expect(
    page.getByRole("checkbox", { name: /^Digital/ }),
  ).not.toBeChecked();
  await expect(
    page.getByRole("checkbox", { name: /^Patient flow/ }),
  ).toBeChecked();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByRole("status")).toHaveText(everything ?? "");
});

test("the back button restores the previous results", async ({ page }) => {
  await page.goto("/examples");
  await searchBox(page).fill("racism");
  await expect(page.getByRole("status")).toHaveText(
    "1 example found for ‘racism’",
  );
  await searchBox(page).fill("mentoring");
  await expect(page.getByRole("status")).toHaveText(
    "1 example found for ‘mentoring’",
  );
  await page.goBack();
  await expect(page).toHaveURL(/q=racism/);
  await expect(page.getByRole("status")).toHaveText(
    "1 example found for ‘racism’",
  );
  await expect(searchBox(page)).toHaveValue("racism");
  await page.goForward();
  await expect(page.getByRole("status")).toHaveText(
    "1 example found for ‘mentoring’",
  );
});

test("an empty search says how to find something and passes axe", async ({
  page,
}) => {
  await page.goto("/examples?q=xylophone");
  await expect(
    page.getByRole("heading", { name: "No examples found" }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: "browsing examples by theme" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a theme page shows its survey figure and searches within the theme", async ({
  page,
}) => {
  await page.goto("/themes/digital");
  await expect(
    page.getByText(
      "71% of trust leaders agreed that their trust board has a strong focus on digital innovation",
    ),
  ).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("2 examples");
  await page
    .getByRole("searchbox", { name: "Search Digital examples" })
    .fill("dementia");
  await expect(page.getByRole("status")).toHaveText(
    "1 example found for ‘dementia’",
  );
  await expect(page).toHaveURL(/\/themes\/digital\?q=dementia$/);
  await expectNoAxeViolations(page);
});

test("the JSON API answers bad parameters with a 400 naming the parameter", async ({
  request,
}) => {
  const ok = await request.get("/api/search?q=neurolgy&theme=patient-flow");
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.results[0].slug).toBe("rapid-access-to-neurology-assessment");
  expect(body.correctedQuery).toBe("neurology");

  for (const [query, parameter] of [
    [`q=${"a".repeat(201)}`, "q"],
    ["theme=no-such-theme", "theme"],
    ["setting=hospital", "setting"],
    ["page=0", "page"],
    ["page=two", "page"],
    ["sort=best", "sort"],
  ]) {
    const response = await request.get(`/api/search?${query}`);
    expect(response.status(), query).toBe(400);
    expect((await response.json()).error.parameter, query).toBe(parameter);
  }
});

test("results come 20 to a page, with NHS pagination", async ({ page }) => {
  const word = `pagetest${Date.now()}`;
  addManyExamples(`Rota planning ${word}`, 23);
  await page.goto(`/examples?q=${word}&sort=title`);
  await expect(page.getByRole("status")).toHaveText(
    `23 examples found for ‘${word}’, page 1 of 2`,
  );
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(
    pagination.getByRole("link", { name: "Page 1" }),
  ).toHaveAttribute("aria-current", "page");
  await pagination.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole("status")).toHaveText(
    `23 examples found for ‘${word}’, page 2 of 2`,
  );
  await expect(
    page.getByRole("heading", { level: 2 }).filter({ hasText: word }),
  ).toHaveCount(3);
  await expectNoAxeViolations(page);
});
