import { expect, test } from "@playwright/test";
import {
  freshDatabase,
  postSubmission,
  startServer,
  submissionActionFields,
  type ServerProcess,
} from "./server-process";

// Beside the e2e server and the other servers of their own.
const port = Number(process.env.E2E_PORT ?? 3210) + 8;

let server: ServerProcess | null = null;

test.afterEach(async () => {
  server?.child.kill("SIGTERM");
  await server?.exited;
  server = null;
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
