import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, test, type Page } from "@playwright/test";
import { moderator } from "./moderator";
import {
  addModerator,
  freshPostgresDatabase,
  onPostgres,
  pausePostgres,
  query,
  resumePostgres,
  stopPostgres,
} from "./postgres";
import { fillInSubmission, giveOwnClientAddress } from "./submissions";
import {
  postSubmission,
  startServer,
  submissionActionFields,
  type ServerProcess,
  openPage,
} from "./server-process";
import { ownPort } from "./ports";

// Several production servers over one PostgreSQL database, beside the e2e server's own port.
const basePort = ownPort(3);
const unused = "test-results/unused-by-postgres.db";

test.describe.configure({ mode: "serial" });

let running: ServerProcess[] = [];

async function startInstances(url: string, count: number) {
  const started = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      startServer(basePort + i, unused, onPostgres(url)),
    ),
  );
  running.push(...started);
  return started;
}

test.afterEach(async () => {
  for (const server of running) server.child.kill("SIGKILL");
  await Promise.all(running.map((server) => server.exited));
  running = [];
});

test.afterAll(stopPostgres);

/** Signs the e2e moderator in on one instance and waits until signed in. */
async function signInOn(page: Page, baseURL: string) {
  await page.goto(`${baseURL}/admin/sign-in`);
  await page.getByLabel("Email address").fill(moderator.email);
  await page.getByLabel("Password").fill(moderator.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

test("three instances started together on an empty database migrate and seed it exactly once", async () => {
  // Three server starts at once on a possibly busy 2-core machine; nothing here is timed.
  test.setTimeout(180_000);
  const url = await freshPostgresDatabase();
  const instances = await startInstances(url, 3);
  for (const instance of instances) {
    const health = await (await fetch(`${instance.baseURL}/api/health`)).json();
    expect(health).toMatchObject({
      status: "ok",
      engine: "postgres",
      database: "reachable",
    });
  }
  const [counts] = await query<{
    examples: number;
    themes: number;
    statements: number;
    migrations: number;
  }>(
    url,
    `SELECT (SELECT count(*)::int FROM examples) AS examples,
            (SELECT count(*)::int FROM themes) AS themes,
            (SELECT count(*)::int FROM survey_statements) AS statements,
            (SELECT count(*)::int FROM drizzle.__drizzle_migrations) AS migrations`,
  );
  expect(counts).toMatchObject({ examples: 11, themes: 7, statements: 5 });
  const health = await (
    await fetch(`${instances[0]!.baseURL}/api/health`)
  ).json();
  expect(counts!.migrations).toBe(health.migrations.expected);
  const seeded = instances.flatMap((instance) =>
    instance.output.filter((line) =>
      line.includes("Seeded an empty catalogue"),
    ),
  );
  expect(seeded).toHaveLength(1);
});

test("submitted on A, approved on B, found by a misspelt search on A; a moderator signed in on A is signed in on B", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const url = await freshPostgresDatabase();
  addModerator(url);
  const [a, b] = await startInstances(url, 2);

  const actionFields = await submissionActionFields(a!.baseURL);
  const { status, reference } = await postSubmission(a!.baseURL, actionFields, {
    title: "Quolltastic evening discharge huddle",
  });
  expect(status).toBe(303);
  expect(reference).toMatch(/^IX-\d{4}/);

  // Sign in on A: the session is in the database, signed with the shared key.
  await signInOn(page, a!.baseURL);

  // The same browser on B is signed in too, and approves there.
  await page.goto(`${b!.baseURL}/admin/examples/${reference}`);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByText("Example published")).toBeVisible();

  // A hears of it from the database (NOTIFY) and drops its caches and vocabulary.
  await expect
    .poll(async () => {
      const response = await fetch(
        `${a!.baseURL}/api/search?q=${encodeURIComponent("quoltastic huddel")}`,
        { headers: { "cache-control": "no-cache" } },
      );
      const found = await response.json();
      return found.results.map((hit: { reference: string }) => hit.reference);
    })
    .toEqual([reference]);
  const onA = await (
    await fetch(`${a!.baseURL}/api/search?q=quoltastic`)
  ).json();
  expect(onA.correctedQuery).toBe("quolltastic");
});

test("a sixth submission from one client, spread over two instances, gets the too-many page", async () => {
  test.setTimeout(180_000);
  const url = await freshPostgresDatabase();
  const [a, b] = await startInstances(url, 2);
  const fields = await submissionActionFields(a!.baseURL);
  const client = "10.77.0.6";
  for (let i = 1; i <= 5; i++) {
    const target = i % 2 === 0 ? b! : a!;
    const sent = await postSubmission(
      target.baseURL,
      fields,
      { title: `Rate limit across instances ${i}` },
      { client },
    );
    expect(sent.reference, `submission ${i}`).not.toBeNull();
  }
  const sixth = await postSubmission(
    b!.baseURL,
    fields,
    { title: "Rate limit across instances 6" },
    { client },
  );
  expect(sixth.location).toContain("/submit/too-many");
  expect(
    await query(
      url,
      "SELECT 1 FROM examples WHERE title LIKE 'Rate limit across instances%'",
    ),
  ).toHaveLength(5);

  // A stopped instance finishes, closes its pool and its listening connection, and exits 0.
  const appConnections = async () =>
    (
      await query<{ n: number }>(
        url,
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE 'find-and-share-examples%'",
      )
    )[0]!.n;
  expect(await appConnections()).toBeGreaterThan(0);
  for (const instance of [a!, b!]) {
    instance.child.kill("SIGTERM");
    expect(await instance.exited).toEqual({ code: 0, signal: null });
  }
  await expect.poll(appConnections).toBe(0);
});

test("SIGKILL on A during a stream of submissions loses no confirmed submission, and B keeps answering", async () => {
  test.setTimeout(180_000);
  const url = await freshPostgresDatabase();
  const [a, b] = await startInstances(url, 2);
  const fields = await submissionActionFields(a!.baseURL);

  const confirmed: string[] = [];
  let streaming = true;
  const stream = async () => {
    let n = 0;
    while (streaming) {
      n += 1;
      try {
        const sent = await postSubmission(a!.baseURL, fields, {
          title: `Killed instance stream ${Math.random()}`,
        });
        if (sent.status === 303 && sent.reference)
          confirmed.push(sent.reference);
      } catch {
        // The connection died with A: this one was never confirmed.
        await sleep(50);
      }
      if (n > 500) break;
    }
  };
  const streams = Promise.all([stream(), stream(), stream()]);
  await expect.poll(() => confirmed.length).toBeGreaterThanOrEqual(10);
  a!.child.kill("SIGKILL");
  await a!.exited;
  streaming = false;
  await streams;

  // B answers as if nothing happened, and has every submission A confirmed.
  const health = await fetch(`${b!.baseURL}/api/health`);
  expect(health.status).toBe(200);
  const stored = new Set(
    (
      await query<{ reference: string }>(
        url,
        "SELECT reference FROM examples WHERE title LIKE 'Killed instance stream%'",
      )
    ).map((row) => row.reference),
  );
  for (const reference of confirmed) expect(stored).toContain(reference);
  const whole = await query<{
    reference: string;
    themes: number;
    events: number;
  }>(
    url,
    `SELECT e.reference,
       (SELECT count(*)::int FROM example_themes t WHERE t.example_id = e.id) AS themes,
       (SELECT count(*)::int FROM moderation_events m WHERE m.example_id = e.id) AS events
     FROM examples e WHERE e.title LIKE 'Killed instance stream%'`,
  );
  for (const row of whole) expect(row).toMatchObject({ themes: 1, events: 1 });
  const search = await fetch(`${b!.baseURL}/api/search?q=discharge`);
  expect(search.status).toBe(200);
});

test("a publish and a withdraw on A show on B's kept pages at once, and a signed-in moderator never gets a kept page", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const url = await freshPostgresDatabase();
  addModerator(url);
  const [a, b] = await startInstances(url, 2);
  const title = `Quollward evening rounds ${Date.now()}`;
  const search = `${b!.baseURL}/examples?q=quollward`;
  const read = async (address: string) => {
    const answer = await openPage(address);
    return {
      status: answer.status,
      cache: answer.headers.get("x-cache"),
      body: await answer.text(),
    };
  };
  // Asked until kept: a render is kept only if nothing was written meanwhile, and a starting
  // instance writes now and then.
  const kept = (address: string) =>
    expect.poll(async () => (await read(address)).cache).toBe("hit");
  // B keeps the search page from before the publish.
  await kept(search);
  expect((await read(search)).body).not.toContain(title);

  const fields = await submissionActionFields(a!.baseURL);
  const { reference } = await postSubmission(a!.baseURL, fields, { title });
  await signInOn(page, a!.baseURL);
  await page.goto(`${a!.baseURL}/admin/examples/${reference}`);
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByText("Example published")).toBeVisible();
  const published = Date.now();
  await expect.poll(async () => (await read(search)).body).toContain(title);
  const seenAfter = Date.now() - published;
  const address = await page
    .getByRole("link", { name: "View the published example" })
    .getAttribute("href");
  const onB = `${b!.baseURL}${address}`;
  await kept(onB);
  expect((await read(onB)).status).toBe(200);

  // A request with the moderator's session (browsers send it only under /admin) is never
  // answered from the cache, on either instance.
  const session = (await page.context().cookies()).find(
    (cookie) => cookie.name === "moderator_session",
  );
  const asModerator = await openPage(onB, {
    headers: { cookie: `moderator_session=${session!.value}` },
  });
  expect(asModerator.status).toBe(200);
  expect(asModerator.headers.get("x-cache")).toBeNull();

  await page.goto(`${a!.baseURL}/admin/examples/${reference}`);
  await page
    .getByLabel("Reason for withdrawing")
    .fill("The team asked for it to be taken down.");
  await page.getByRole("button", { name: "Withdraw from publication" }).click();
  await expect(page.getByText("Example withdrawn")).toBeVisible();
  const withdrawn = Date.now();
  await expect.poll(async () => (await read(onB)).status).toBe(410);
  test.info().annotations.push({
    type: "seen on the other instance",
    description: `publish after ${seenAfter} ms, withdraw after ${Date.now() - withdrawn} ms`,
  });
});

test("while the database is stopped kept pages still answer, others say 503 with Retry-After and a form keeps its answers; once it is back a change reaches every instance", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const url = await freshPostgresDatabase();
  const [a, b] = await startInstances(url, 2);
  const kept = `${a!.baseURL}/examples/families-matter`;
  // Asked until kept: a starting instance writes now and then, and a render is kept only if
  // nothing was written meanwhile.
  await expect
    .poll(async () => (await openPage(kept)).headers.get("x-cache"))
    .toBe("hit");
  await giveOwnClientAddress(page);
  await page.goto(`${a!.baseURL}/submit`);
  await fillInSubmission(page, { title: "Sent while the database was down" });

  await pausePostgres();
  try {
    for (const instance of [a!, b!])
      await expect
        .poll(
          async () => (await fetch(`${instance.baseURL}/api/health`)).status,
        )
        .toBe(503);
    const stale = await openPage(kept);
    expect(stale.status).toBe(200);
    expect(["stale", "hit"]).toContain(stale.headers.get("x-cache"));
    expect(await stale.text()).toContain("Families matter");

    const uncached = await openPage(`${a!.baseURL}/examples/home-first`);
    expect(uncached.status).toBe(503);
    expect(uncached.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await uncached.text()).toContain(
      "Sorry, the service is unavailable",
    );

    const api = await fetch(`${a!.baseURL}/api/search?q=discharge`);
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await api.json()).toMatchObject({
      error: { message: expect.stringContaining("unavailable") },
    });

    await page.getByRole("button", { name: "Submit example" }).click();
    await expect(page.locator(".nhsuk-error-summary")).toContainText(
      "Sorry, the service is unavailable. Your answers have not been sent.",
    );
    await expect(page.getByLabel("Title")).toHaveValue(
      "Sent while the database was down",
    );
  } finally {
    await resumePostgres();
  }

  // Back: a change made now is on both instances' pages (the kept ones are dropped).
  await expect
    .poll(async () => (await fetch(`${b!.baseURL}/api/health`)).status)
    .toBe(200);
  await query(
    url,
    "UPDATE examples SET title = 'Families matter, renamed after the outage' WHERE slug = 'families-matter'",
  );
  for (const instance of [a!, b!])
    await expect
      .poll(async () =>
        (await openPage(`${instance.baseURL}/examples/families-matter`)).text(),
      )
      .toContain("Families matter, renamed after the outage");
});

test("on PostgreSQL an instance refuses to start without SESSION_SECRET, and says why", async () => {
  const url = await freshPostgresDatabase();
  const { SESSION_SECRET: _unset, ...environment } = process.env;
  const child = spawn("node", ["server.mjs"], {
    env: {
      ...environment,
      NODE_ENV: "production",
      PORT: String(basePort),
      DATABASE_URL: url,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) =>
    child.on("close", resolve),
  );
  expect(code).toBe(1);
  expect(output).toContain("The app cannot start");
  expect(output).toContain("SESSION_SECRET is required with DATABASE_URL");
  expect(output).not.toContain("Ready on");
});
