import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { runCatalogueCommand } from "./catalogue";
import { freshPostgresDatabase, onPostgres, stopPostgres } from "./postgres";
import { startServer, type ServerProcess } from "./server-process";
import { ownPort } from "./ports";

// A used SQLite catalogue, and the same catalogue copied up to PostgreSQL, served side by side.
const sqlitePort = ownPort(6);
const postgresPort = sqlitePort + 1;
const file = "test-results/moving-up.db";

const catalogue = (command: string, input: object) =>
  runCatalogueCommand<{ slug: string; reference: string }>(
    command,
    input,
    file,
  );

let servers: ServerProcess[] = [];
test.afterAll(async () => {
  for (const server of servers) server.child.kill("SIGTERM");
  await Promise.all(servers.map((server) => server.exited));
  await stopPostgres();
});

test("db:copy moves a used SQLite catalogue to PostgreSQL, and every old link, reference and search answers the same", async () => {
  // Two server starts and a copy on a possibly busy machine; nothing here is timed.
  test.setTimeout(240_000);
  for (const suffix of ["", "-wal", "-shm"])
    fs.rmSync(file + suffix, { force: true });
  execFileSync("npm", ["run", "--silent", "db:seed"], {
    env: { ...process.env, DATABASE_PATH: file },
  });
  const renamed = catalogue("add", {
    title: "Mongoose step-down ward",
    reports: 2,
  });
  const moved = catalogue("rename", {
    slug: renamed.slug,
    title: "Mongoose step-down unit",
  });
  const withdrawn = catalogue("add", { title: "Meerkat phone triage" });
  catalogue("withdraw", { slug: withdrawn.slug });
  const pending = catalogue("add", {
    title: "Pangolin pending idea",
    status: "pending",
  });
  const rejected = catalogue("add", {
    title: "Pangolin rejected idea",
    status: "rejected",
  });

  const url = await freshPostgresDatabase();
  const copy = execFileSync(
    "npm",
    ["run", "--silent", "db:copy", "--", "--to", url],
    { env: { ...process.env, DATABASE_PATH: file }, encoding: "utf8" },
  );
  expect(copy).toContain("Every count matches");
  // A second copy into the same database is refused, and changes nothing.
  expect(() =>
    execFileSync("npm", ["run", "--silent", "db:copy", "--", "--to", url], {
      env: { ...process.env, DATABASE_PATH: file },
      stdio: "pipe",
    }),
  ).toThrow(/already holds/);

  // One public address for both, so that their absolute links can be compared.
  const site = { SITE_URL: "https://catalogue.example" };
  const [onSqlite, onPostgresServer] = await Promise.all([
    startServer(sqlitePort, file, site),
    startServer(postgresPort, "test-results/unused-by-postgres.db", {
      ...onPostgres(url),
      ...site,
    }),
  ]);
  servers = [onSqlite!, onPostgresServer!];

  const answer = async (server: ServerProcess, path: string) => {
    const response = await fetch(`${server.baseURL}${path}`, {
      redirect: "manual",
    });
    const type = response.headers.get("content-type") ?? "";
    return {
      status: response.status,
      location: response.headers.get("location")?.replace(server.baseURL, ""),
      body: type.includes("json") ? await response.json() : null,
    };
  };
  const paths = [
    `/examples/${renamed.slug}`,
    `/examples/${moved.slug}`,
    `/e/${renamed.reference}`,
    `/examples/${withdrawn.slug}`,
    `/examples/${pending.slug}`,
    `/examples/${rejected.slug}`,
    `/api/examples/${moved.slug}`,
    `/api/examples/${renamed.slug}`,
    "/api/search?q=mongoose",
    "/api/search?q=mongose%20stepdown",
    "/api/search?q=discharge&sort=title",
    "/api/search?q=pangolin",
    "/api/search?q=meerkat",
    "/api/search?theme=digital&tried=yes",
    "/api/examples?q=neurology",
    "/api/survey",
  ];
  for (const path of paths) {
    const [before, after] = await Promise.all([
      answer(onSqlite!, path),
      answer(onPostgresServer!, path),
    ]);
    expect(after, path).toEqual(before);
  }
  // And the answers are the right ones, not the same mistake twice.
  expect(
    (await answer(onPostgresServer!, `/examples/${renamed.slug}`)).status,
  ).toBe(308);
  expect(
    (await answer(onPostgresServer!, `/examples/${withdrawn.slug}`)).status,
  ).toBe(410);
  expect(
    (await answer(onPostgresServer!, `/examples/${pending.slug}`)).status,
  ).toBe(404);
  const found = await answer(
    onPostgresServer!,
    "/api/search?q=mongose%20stepdown",
  );
  expect(found.body.results[0].slug).toBe(moved.slug);
});
