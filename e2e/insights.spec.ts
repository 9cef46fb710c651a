import fs from "node:fs";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { addAccountToFile, moderator } from "./moderator";
import {
  addModerator,
  freshPostgresDatabase,
  onPostgres,
  query,
  stopPostgres,
} from "./postgres";
import {
  freshDatabase,
  startServer,
  type ServerProcess,
  openPage,
  workerFile,
} from "./server-process";
import { ownPort } from "./ports";

// Search insights on servers of their own, each given a clock (CLOCK_FILE) that the test moves
// from day to day instead of waiting for days to pass.
const basePort = ownPort(7);

test.describe.configure({ mode: "serial" });

let running: ServerProcess[] = [];

test.afterEach(async () => {
  for (const server of running) server.child.kill("SIGKILL");
  await Promise.all(running.map((server) => server.exited));
  running = [];
});

test.afterAll(stopPostgres);

/** A clock file for the servers, set to a day at ten in the morning. */
function clockFile(name: string) {
  const file = `${workerFile(name)}.clock`;
  return {
    file,
    set: (day: string) => fs.writeFileSync(file, `${day}T10:00:00Z`),
  };
}

async function start(count: number, environment: Record<string, string>) {
  const started = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      startServer(
        basePort + i,
        environment.DATABASE_PATH ?? "test-results/unused-by-postgres.db",
        environment,
      ),
    ),
  );
  running.push(...started);
  return started;
}

async function signInOn(page: Page, baseURL: string) {
  await page.goto(`${baseURL}/admin/sign-in`);
  await page.getByLabel("Email address").fill(moderator.email);
  await page.getByLabel("Password").fill(moderator.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** Searches on the search page until an answer comes from the HTML cache; returns how many it made. */
async function searchPageUntilKept(baseURL: string, q: string) {
  for (let made = 1; ; made++) {
    const answer = await openPage(
      `${baseURL}/examples?q=${encodeURIComponent(q)}`,
    );
    expect(answer.status).toBe(200);
    if (answer.headers.get("x-cache") === "hit") return made;
  }
}

const searchApi = async (baseURL: string, q: string) => {
  const answer = await fetch(
    `${baseURL}/api/search?q=${encodeURIComponent(q)}`,
  );
  expect(answer.status).toBe(200);
  return (await answer.json()) as {
    total: number;
    results: { slug: string; reference: string }[];
  };
};

/** The row for a query in a list on the Insights page, once counts have been written. */
async function insightsRow(
  page: Page,
  baseURL: string,
  list: string,
  q: string,
) {
  const row = page
    .getByRole("region", { name: list })
    .getByRole("row")
    .filter({ hasText: q });
  // Counts are written every few seconds: reload until they are there.
  await expect(async () => {
    await page.goto(`${baseURL}/admin/insights`);
    await expect(row).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  return row;
}

/** The example the search finds first for a query, on a server, once its index has the change. */
async function waitForFirstResult(
  baseURL: string,
  q: string,
  expected: string | null,
) {
  const started = Date.now();
  await expect
    .poll(async () => (await searchApi(baseURL, q)).results[0]?.slug ?? null, {
      timeout: 30_000,
      intervals: [100],
    })
    .toBe(expected);
  return Date.now() - started;
}

/**
 * Searches that find nothing on three days appear under "no results"; a moderator teaches the
 * search from there, another instance then finds the example, and removing the word undoes it.
 */
async function teachAcrossInstances(
  page: Page,
  [first, second]: ServerProcess[],
  clock: ReturnType<typeof clockFile>,
) {
  const q = "prehabilitation";
  expect((await searchApi(second!.baseURL, q)).total).toBe(0);
  clock.set("2026-03-02");
  const pageSearches = await searchPageUntilKept(first!.baseURL, q);
  clock.set("2026-03-04");
  await searchApi(second!.baseURL, q);
  clock.set("2026-03-06");
  await searchApi(first!.baseURL, q);
  // The first look on the other instance counted too.
  const total = 1 + pageSearches + 2;

  await signInOn(page, first!.baseURL);
  const row = await insightsRow(
    page,
    first!.baseURL,
    "Searches with no results",
    q,
  );
  // Every search counted: those answered from the HTML cache too, and those on the other instance.
  await expect(row.getByRole("cell").nth(1)).toContainText(String(total));
  await expectNoAxeViolations(page);

  await row
    .getByRole("link", { name: `Teach the search what ‘${q}’ means` })
    .click();
  await expect(page.getByLabel("Word or phrase staff search for")).toHaveValue(
    q,
  );
  await page.getByLabel("What it means").fill("preoperative assessment");
  await page
    .getByLabel("Why")
    .fill("Staff look for prehab programmes run before surgery");
  await page.getByRole("button", { name: "Teach the search" }).click();
  await expect(page.getByText("The search has learnt the word")).toBeVisible();
  await expect(
    page.getByRole("row").filter({ hasText: q }).getByRole("cell").first(),
  ).toContainText(q);

  const taughtIn = await waitForFirstResult(
    second!.baseURL,
    q,
    "digital-preoperative-assessment",
  );
  test.info().annotations.push({
    type: "synonym seen on the other instance after (ms)",
    description: String(taughtIn),
  });
  // The kept search page on the other instance shows it too.
  await expect
    .poll(async () =>
      (await openPage(`${second!.baseURL}/examples?q=${q}`)).text(),
    )
    .toContain("Digital preoperative assessment");

  await page
    .getByRole("button", {
      name: `Remove ‘${q}’ means ‘preoperative assessment’`,
    })
    .click();
  await expect(page.getByText("The word has been removed")).toBeVisible();
  await waitForFirstResult(second!.baseURL, q, null);
}

test("a search that finds nothing on three days is taught a synonym, seen on another instance, and removed (SQLite)", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const database = freshDatabase("insights-sqlite");
  addAccountToFile(database);
  const clock = clockFile("insights-sqlite");
  clock.set("2026-03-01");
  const servers = await start(2, {
    DATABASE_PATH: database,
    CLOCK_FILE: clock.file,
  });
  await teachAcrossInstances(page, servers, clock);

  // A synonym that breaks a judged query is refused, naming it.
  await page.getByLabel("Word or phrase staff search for").fill("maternity");
  await page.getByLabel("What it means").fill("neurology");
  await page.getByLabel("Why").fill("A test of the refusal");
  await page.getByRole("button", { name: "Teach the search" }).click();
  await expect(
    page.getByRole("alert").getByRole("link", {
      name: "This would make the search worse for ‘maternity’. Choose a word or phrase that means only this",
    }),
  ).toBeVisible();
  await expect(page.getByLabel("Word or phrase staff search for")).toHaveValue(
    "maternity",
  );
  await expectNoAxeViolations(page);
});

test("the same on PostgreSQL, across two instances", async ({ page }) => {
  test.setTimeout(240_000);
  const url = await freshPostgresDatabase();
  const clock = clockFile("insights-postgres");
  clock.set("2026-03-01");
  const servers = await start(2, {
    ...onPostgres(url),
    CLOCK_FILE: clock.file,
  });
  addModerator(url);
  await teachAcrossInstances(page, servers, clock);
  const rows = await query<{ query: string; searches: number }>(
    url,
    "SELECT query, SUM(searches)::int AS searches FROM search_counts GROUP BY query",
  );
  expect(rows.map((row) => row.query)).toEqual(["prehabilitation"]);
});

test("the Insights lists download as CSV with the page's numbers, for moderators only", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const database = freshDatabase("insights-csv");
  addAccountToFile(database);
  const clock = clockFile("insights-csv");
  const [server] = await start(1, {
    DATABASE_PATH: database,
    CLOCK_FILE: clock.file,
  });
  const baseURL = server!.baseURL;
  for (const [day, searches] of [
    ["2026-05-04", ["discharge", "discharge", "rostering"]],
    ["2026-05-05", ["discharge", "rostering", "neurology"]],
    ["2026-05-06", ["discharge", "rostering"]],
  ] as const) {
    clock.set(day);
    for (const q of searches) await searchApi(baseURL, q);
  }
  clock.set("2026-05-07");

  // Nobody signed in reaches neither the page nor a download.
  const stranger = await browser.newContext();
  const anonymous = await stranger.newPage();
  await anonymous.goto(`${baseURL}/admin/insights`);
  await expect(anonymous).toHaveURL(/\/admin\/sign-in/);
  const csvAnswer = await stranger.request.get(
    `${baseURL}/admin/insights/top-searches.csv`,
    { maxRedirects: 0 },
  );
  expect(csvAnswer.status()).toBe(303);
  expect(csvAnswer.headers()["location"]).toContain("/admin/sign-in");
  await anonymous.goto(`${baseURL}/admin/search-words`);
  await expect(anonymous).toHaveURL(/\/admin\/sign-in/);
  await stranger.close();

  await signInOn(page, baseURL);
  const row = await insightsRow(page, baseURL, "Top searches", "rostering");
  const top = page.getByRole("region", { name: "Top searches" });
  const onPage = await top
    .getByRole("row")
    .filter({ has: page.getByRole("cell") })
    .evaluateAll((rows) =>
      rows.map((tr) =>
        [...tr.querySelectorAll("td > span:last-child")].map(
          (cell) => cell.textContent ?? "",
        ),
      ),
    );
  expect(onPage).toEqual([
    ["discharge", "4", "0"],
    ["rostering", "3", "3"],
  ]);
  await expect(row).toBeVisible();
  // "rostering" finds nothing here; "neurology" was searched on one day only: in no list.
  for (const list of [
    "Top searches",
    "Searches with no results",
    "Searches with results nobody opened",
  ])
    await expect(page.getByRole("region", { name: list })).not.toContainText(
      "neurology",
    );

  const download = await page.request.get(
    `${baseURL}/admin/insights/top-searches.csv`,
  );
  expect(download.headers()["content-type"]).toContain("text/csv");
  const lines = (await download.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .map((line) => line.split(","));
  expect(lines).toEqual([["Search", "Searches", "With no results"], ...onPage]);

  const overTime = await page.request.get(
    `${baseURL}/admin/insights/searches-over-time.csv`,
  );
  const weeks = (await overTime.text()).trim().split("\r\n").slice(1);
  expect(weeks.at(-1)).toBe("Week starting 4 May 2026,8,3");
  await expect(
    page
      .getByRole("region", { name: "Searches over time" })
      .getByRole("row")
      .nth(1), // the newest week first, under the header, as the chart reads
  ).toContainText(/Week starting 4 May 2026.*8.*3/);
  await expectNoAxeViolations(page);
  await page.goto(`${baseURL}/admin/search-words`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Teach the search" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "There is a problem" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The form works without JavaScript, with the same NHS-style errors.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await signInOn(noScript, baseURL);
  await noScript.goto(`${baseURL}/admin/search-words`);
  await noScript.getByLabel("What it means").fill("neurology");
  await noScript.getByRole("button", { name: "Teach the search" }).click();
  const summary = noScript
    .getByRole("alert")
    .filter({ hasText: "There is a problem" });
  await expect(
    summary.getByRole("link", {
      name: "Enter the word or phrase staff search for",
    }),
  ).toBeVisible();
  await expect(noScript.getByLabel("What it means")).toHaveValue("neurology");
  await noScript
    .getByLabel("Word or phrase staff search for")
    .fill("neuro clinic");
  await noScript.getByLabel("Why").fill("Staff shorten it");
  await noScript.getByRole("button", { name: "Teach the search" }).click();
  await expect(
    noScript.getByText("The search has learnt the word"),
  ).toBeVisible();
  await plain.close();
});

test("nothing about a person is stored or logged: an email address, a 10-digit number and a postcode", async () => {
  test.setTimeout(180_000);
  const database = freshDatabase("insights-privacy");
  const [server] = await start(1, { DATABASE_PATH: database });
  const personal = ["jo.bloggs@nhs.net", "4857773456", "LS1 4AP"];
  for (const text of personal) {
    await searchApi(server!.baseURL, `referral ${text}`);
    await openPage(
      `${server!.baseURL}/examples?q=${encodeURIComponent(`clinic ${text}`)}`,
    );
  }
  // An ordinary search, to know when the counts have been written.
  await searchApi(server!.baseURL, "handover");
  const file = new Database(database, { readonly: true });
  try {
    await expect
      .poll(
        () =>
          file
            .prepare(
              "SELECT COUNT(*) AS n FROM search_counts WHERE query = 'handover'",
            )
            .get() as { n: number },
        { timeout: 30_000 },
      )
      .toEqual({ n: 1 });
    const tables = file
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all() as { name: string }[];
    const everything = tables
      .flatMap(
        ({ name }) =>
          file.prepare(`SELECT * FROM "${name}"`).all() as Record<
            string,
            unknown
          >[],
      )
      .map((row) => JSON.stringify(row).toLowerCase())
      .join("\n");
    const logs = [...server!.output, ...server!.errors]
      .join("\n")
      .toLowerCase();
    for (const text of [...personal, "4857773456", "ls1 4ap", "bloggs"]) {
      expect(everything, `stored: ${text}`).not.toContain(text.toLowerCase());
      expect(logs, `logged: ${text}`).not.toContain(text.toLowerCase());
    }
  } finally {
    file.close();
  }
});

test("one client can neither count openings of lists nobody was shown nor fill the counts with searches", async () => {
  test.setTimeout(180_000);
  const database = freshDatabase("insights-limits");
  const [server] = await start(1, { DATABASE_PATH: database });
  const baseURL = server!.baseURL;
  const ping = (q: string, example: string) =>
    fetch(
      `${baseURL}/api/insights/opened?${new URLSearchParams({ q, example, position: "1" })}`,
      { method: "POST" },
    );
  // Openings of lists this server never showed: answered, not counted.
  for (let i = 0; i < 40; i++)
    expect((await ping(`made up ${i} quokka`, "IX-0001")).status).toBe(204);
  // Sixty different searches from one client: at most 30 are counted.
  const words = Array.from(
    { length: 60 },
    (_, i) =>
      `${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ward`,
  );
  for (const word of words) await searchApi(baseURL, word);
  // A list it did show: that opening counts.
  const shown = await searchApi(baseURL, "discharge");
  const first = shown.results[0]!;
  expect((await ping("discharge", first.reference)).status).toBe(204);
  const file = new Database(database, { readonly: true });
  try {
    await expect
      .poll(
        () =>
          file.prepare("SELECT COUNT(*) AS n FROM search_opens").get() as {
            n: number;
          },
        { timeout: 30_000 },
      )
      .toEqual({ n: 1 });
    const opened = file.prepare("SELECT query FROM search_opens").all();
    expect(opened).toEqual([{ query: "discharge" }]);
    const counted = (
      file.prepare("SELECT query FROM search_counts").all() as {
        query: string;
      }[]
    ).map((row) => row.query);
    expect(counted.filter((query) => words.includes(query)).length).toBe(30);
  } finally {
    file.close();
  }
});

test("opening an example from the results is counted with its position, with and without JavaScript", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const database = freshDatabase("insights-openings");
  const [server] = await start(1, { DATABASE_PATH: database });
  const baseURL = server!.baseURL;
  const opened: string[] = [];
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${baseURL}/examples?q=staff`);
    // The second result, so the position is not simply the first.
    const link = page
      .locator(".app-result")
      .nth(1)
      .getByRole("heading")
      .getByRole("link");
    opened.push((await link.textContent()) ?? "");
    await link.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      opened.at(-1)!,
    );
    await context.close();
  }
  const file = new Database(database, { readonly: true });
  try {
    await expect
      .poll(
        () =>
          file
            .prepare(
              `SELECT o.query, e.title, o.position, o.opens FROM search_opens o
               JOIN examples e ON e.id = o.example_id ORDER BY e.title`,
            )
            .all(),
        { timeout: 30_000 },
      )
      .toEqual(
        [...new Set(opened)].sort().map((title) => ({
          query: "staff",
          title,
          position: 2,
          opens: opened.filter((one) => one === title).length,
        })),
      );
  } finally {
    file.close();
  }
});

test("an example's page views are counted, kept pages too, and listed as most viewed", async ({
  page,
}) => {
  const database = freshDatabase("insights-views");
  addAccountToFile(database);
  const [server] = await start(1, { DATABASE_PATH: database });
  const baseURL = server!.baseURL;
  // Until an answer comes from the HTML cache, which never reaches the app's page.
  let answered = 0;
  for (let kept = false; !kept;) {
    const answer = await openPage(`${baseURL}/examples/home-first`);
    expect(answer.status).toBe(200);
    answered += 1;
    kept = answer.headers.get("x-cache") === "hit";
  }
  await openPage(`${baseURL}/examples/home-first`);
  answered += 1;

  await signInOn(page, baseURL);
  const row = await insightsRow(
    page,
    baseURL,
    "Most viewed examples",
    "Home First",
  );
  await expect(async () => {
    await page.goto(`${baseURL}/admin/insights`);
    await expect(row.getByRole("cell").last()).toHaveText(`Views ${answered}`, {
      timeout: 1000,
    });
  }).toPass({ timeout: 60_000 });
});
