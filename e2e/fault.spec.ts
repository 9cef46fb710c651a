import fs from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, test } from "@playwright/test";
import {
  freshDatabase,
  postSubmission,
  startServer,
  storedExamples,
  submissionActionFields,
  type ServerProcess,
} from "./server-process";
import {
  freshPostgresDatabase,
  onPostgres,
  query,
  stopPostgres,
} from "./postgres";
import { ownPort } from "./ports";

// Beside the e2e server, with a database of its own.
const port = ownPort(1);

test.afterAll(stopPostgres);

/** Sends a server SIGTERM and waits until it says it is stopping. */
async function tellToStop(server: ServerProcess) {
  server.child.kill("SIGTERM");
  await waitUntil(() =>
    server.output.some((line) => line.includes("SIGTERM received")),
  );
}

const storedSubmissions = (file: string, titlePrefix: string) =>
  storedExamples(file).filter((row) => row.title.startsWith(titlePrefix));

const waitUntil = async (condition: () => boolean) => {
  while (!condition()) await sleep(20);
};

test("a server killed with SIGKILL mid-stream keeps every submission it confirmed, and none half-written", async () => {
  // Two server starts and a stream of submissions on a possibly busy machine; no step is timed.
  test.setTimeout(120_000);
  const file = freshDatabase("fault");
  let server: ServerProcess = await startServer(port, file);
  const firstOutput = server.output;
  const actionFields = await submissionActionFields(server.baseURL);

  const confirmed: { reference: string; title: string }[] = [];
  let sent = 0;
  let streaming = true;
  const client = async () => {
    while (streaming) {
      sent += 1;
      const title = `Fault test ${sent}`;
      try {
        const { status, reference } = await postSubmission(
          server.baseURL,
          actionFields,
          { title },
        );
        if (status === 303 && reference) confirmed.push({ reference, title });
      } catch {
        // The connection died with the server: this one was never confirmed.
        await sleep(50);
      }
    }
  };
  const clients = Promise.all([client(), client(), client(), client()]);

  await waitUntil(() => confirmed.length >= 20);
  server.child.kill("SIGKILL");
  await server.exited;
  const confirmedBeforeKill = confirmed.length;

  server = await startServer(port, file);
  await waitUntil(() => confirmed.length >= confirmedBeforeKill + 10);
  streaming = false;
  await clients;
  server.child.kill("SIGTERM");
  expect(await server.exited).toEqual({ code: 0, signal: null });
  const output = [...firstOutput, ...server.output];

  const stored = storedSubmissions(file, "Fault test ");
  const byReference = new Map(stored.map((row) => [row.reference, row]));
  for (const { reference, title } of confirmed) {
    expect(byReference.get(reference), reference).toMatchObject({
      title,
      status: "pending",
    });
  }
  // Whatever was stored, confirmed or not, was stored whole.
  for (const row of stored) {
    expect(row, row.reference).toMatchObject({ themes: 1, events: 1 });
  }
  expect(stored.length).toBeLessThanOrEqual(sent);

  // One log line for each, with the reference and none of what the person wrote.
  const logged = output.flatMap((line) => {
    try {
      return [JSON.parse(line) as { event?: string; reference?: string }];
    } catch {
      return [];
    }
  });
  const storedEvents = new Set(
    logged
      .filter((entry) => entry.event === "submission.stored")
      .map((entry) => entry.reference),
  );
  for (const { reference } of confirmed)
    expect(storedEvents).toContain(reference);
  expect(output.join("\n")).not.toMatch(
    /sam@example\.nhs\.uk|Sam Example|Fault test/,
  );
});

test("on SIGTERM the server stops taking connections, finishes the submission in flight, then closes the database cleanly", async () => {
  // Two server starts and a build's worth of pages on a possibly busy machine; no step is timed.
  test.setTimeout(120_000);
  const file = freshDatabase("graceful-stop");
  const server = await startServer(port, file);
  const actionFields = await submissionActionFields(server.baseURL);

  // The server has taken this submission in (its headers) but not yet its answers when it is told
  // to stop; the answers follow once it has said it is stopping.
  let refusedNewConnection = false;
  const result = await postSubmission(
    server.baseURL,
    actionFields,
    { title: "Graceful stop" },
    {
      whenAccepted: async () => {
        await tellToStop(server);
        refusedNewConnection = await fetch(`${server.baseURL}/`).then(
          () => false,
          () => true,
        );
      },
    },
  );
  expect(refusedNewConnection).toBe(true);
  expect(result.status).toBe(303);
  expect(await server.exited).toEqual({ code: 0, signal: null });

  // Closing the last connection checkpoints the write-ahead log into the database and removes it.
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
  expect(
    storedSubmissions(file, "Graceful stop").map((row) => row.reference),
  ).toEqual([result.reference]);
});

test("on SIGTERM over PostgreSQL, a submission whose visitor left as it was sent is still stored before the database closes", async () => {
  test.setTimeout(120_000);
  const url = await freshPostgresDatabase();
  const server = await startServer(
    port,
    "test-results/unused-by-postgres.db",
    onPostgres(url),
  );
  const actionFields = await submissionActionFields(server.baseURL);
  // The answers reach the server after it has said it is stopping, and the visitor closes the
  // connection at once: nothing is left open for the server to wait on but the work itself.
  await postSubmission(
    server.baseURL,
    actionFields,
    { title: "Sent and left" },
    {
      whenAccepted: async () => {
        await tellToStop(server);
      },
      leave: true,
    },
  );
  expect(await server.exited).toEqual({ code: 0, signal: null });
  expect(
    await query(
      url,
      "SELECT reference FROM examples WHERE title = 'Sent and left'",
    ),
  ).toEqual([{ reference: expect.stringMatching(/^IX-\d{4}$/) }]);
});
