import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, test } from "@playwright/test";
import { moderator } from "./moderator";
import {
  addModerator,
  freshPostgresDatabase,
  onPostgres,
  query,
  stopPostgres,
} from "./postgres";
import {
  postSubmission,
  startServer,
  submissionActionFields,
  type ServerProcess,
} from "./server-process";

// Several production servers over one PostgreSQL database, beside the e2e server's own port.
const basePort = Number(process.env.E2E_PORT ?? 3210) + 3;
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
  await page.goto(`${a!.baseURL}/admin/sign-in`);
  await page.getByLabel("Email address").fill(moderator.email);
  await page.getByLabel("Password").fill(moderator.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

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
