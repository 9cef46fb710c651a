import { expect, test } from "@playwright/test";
import {
  freshDatabase,
  postSubmission,
  startServer,
  submissionActionFields,
  type ServerProcess,
  openPage,
} from "./server-process";
import { ownPort } from "./ports";

// What one server.mjs takes on: more requests than it can work on, and more than one worker.
// Beside the e2e server and the other servers of their own.
const port = ownPort(7);

let server: ServerProcess | null = null;

test.afterEach(async () => {
  server?.child.kill("SIGTERM");
  await server?.exited;
  server = null;
});

/** What the server's health check says of its load and its HTML cache. */
const health = async (baseURL: string) =>
  (await (await fetch(`${baseURL}/api/health`)).json()) as {
    load: { active: number; queued: number; shed: number };
    htmlCache: { hits: number; misses: number };
  };
const load = async (baseURL: string) => (await health(baseURL)).load;

test("more slow requests than a server takes get a quick 503 with Retry-After, and every request is answered", async () => {
  test.setTimeout(120_000);
  server = await startServer(port, freshDatabase("shedding"), {
    MAX_CONCURRENT_REQUESTS: "2",
    MAX_QUEUED_REQUESTS: "2",
  });
  const { baseURL } = server;
  const fields = await submissionActionFields(baseURL);
  // A page kept in the cache before the server is busy (asked until kept: the first render, while
  // the server is still starting, may see a write and not be kept).
  await expect
    .poll(async () =>
      (await openPage(`${baseURL}/survey`)).headers.get("x-cache"),
    )
    .toBe("hit");

  // Four submissions whose forms arrive only when the test says: two at work, two queued.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const slow = Array.from({ length: 4 }, (_, i) =>
    postSubmission(
      baseURL,
      fields,
      { title: `Slow submission ${i + 1}` },
      { whenAccepted: () => released },
    ),
  );
  await expect
    .poll(() => load(baseURL))
    .toMatchObject({ active: 2, queued: 2 });

  // Past the cap and the queue: answered at once, without waiting for the slow ones.
  const turnedAway = await Promise.all(
    Array.from({ length: 6 }, () => fetch(`${baseURL}/submit`)),
  );
  for (const answer of turnedAway) {
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await answer.text()).toContain("Sorry, the service is busy");
  }
  const api = await fetch(`${baseURL}/api/search?q=discharge`);
  expect(api.status).toBe(503);
  expect(await api.json()).toMatchObject({
    error: { message: expect.stringContaining("busy") },
  });
  expect((await load(baseURL)).shed).toBe(7);

  // Kept pages and static files are still served.
  const kept = await openPage(`${baseURL}/survey`);
  expect(kept.status).toBe(200);
  expect(kept.headers.get("x-cache")).toBe("hit");
  const asset = await fetch(`${baseURL}/assets/images/favicon.ico`);
  expect(asset.status).toBe(200);

  // Once their forms arrive, the four slow submissions are all stored and confirmed.
  release();
  for (const sent of await Promise.all(slow)) {
    expect(sent.status).toBe(303);
    expect(sent.reference).toMatch(/^IX-\d{4}$/);
  }
  await expect
    .poll(() => load(baseURL))
    .toMatchObject({ active: 0, queued: 0 });
});

test("a page asked for by more visitors at once than the server takes is rendered once, and every one of them gets it", async () => {
  test.setTimeout(120_000);
  server = await startServer(port, freshDatabase("coalescing"), {
    MAX_CONCURRENT_REQUESTS: "2",
    MAX_QUEUED_REQUESTS: "2",
  });
  const { baseURL } = server;
  // Kept once the start's own writes are over, so the next page's render is kept too.
  await expect
    .poll(async () =>
      (await openPage(`${baseURL}/labels`)).headers.get("x-cache"),
    )
    .toBe("hit");

  // Twelve at once, where two at work and two waiting is all it takes: without sharing the one
  // render, eight would be turned away.
  const before = (await health(baseURL)).htmlCache;
  const answers = await Promise.all(
    Array.from({ length: 12 }, () => openPage(`${baseURL}/survey`)),
  );
  for (const answer of answers) {
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain("<h1");
  }
  const cached = answers.map((answer) => answer.headers.get("x-cache"));
  expect(cached.filter((state) => state === "miss")).toEqual(["miss"]);
  // Each with its own nonce, as a kept page always is.
  const nonces = answers.map(
    (answer) =>
      /'nonce-([^']+)'/.exec(
        answer.headers.get("content-security-policy") ?? "",
      )?.[1],
  );
  expect(new Set(nonces).size).toBe(12);
  expect((await load(baseURL)).shed).toBe(0);
  // The health check counts each of them once: one render, eleven answered without one.
  const after = (await health(baseURL)).htmlCache;
  expect(after.misses - before.misses).toBe(1);
  expect(after.hits - before.hits).toBe(11);
});

test("two workers on one port over SQLite both answer, share one submission limit, and stop together", async () => {
  test.setTimeout(120_000);
  server = await startServer(port, freshDatabase("workers"), {
    WEB_CONCURRENCY: "2",
  });
  const { baseURL } = server;
  expect(server.output.join("\n")).toContain("(2 workers)");

  // Each new connection may go to either worker: both are seen.
  const workers = new Set<number>();
  await expect
    .poll(async () => {
      const health = await (
        await fetch(`${baseURL}/api/health`, {
          headers: { connection: "close" },
        })
      ).json();
      workers.add(health.worker);
      return workers.size;
    })
    .toBe(2);

  // Six submissions from one client, spread over both workers: the sixth is one too many.
  const fields = await submissionActionFields(baseURL);
  const client = "10.88.0.2";
  for (let i = 1; i <= 5; i++) {
    const sent = await postSubmission(
      baseURL,
      fields,
      { title: `Two workers ${i}` },
      { client },
    );
    expect(sent.reference, `submission ${i}`).toMatch(/^IX-\d{4}$/);
  }
  const sixth = await postSubmission(
    baseURL,
    fields,
    { title: "Two workers 6" },
    { client },
  );
  expect(sixth.location).toContain("/submit/too-many");

  server.child.kill("SIGTERM");
  expect(await server.exited).toEqual({ code: 0, signal: null });
  server = null;
});
