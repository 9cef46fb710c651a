import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, inject } from "vitest";

// Each test file gets a fresh database of its own: a new SQLite file, or, in the "postgres"
// project, a new database on the throwaway server its global setup started.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-test-"));
process.env.DATABASE_PATH = path.join(dir, "catalogue.db");
const postgresAdminUrl = inject("postgresAdminUrl");
if (postgresAdminUrl) {
  const name = `test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  process.env.DATABASE_URL = postgresAdminUrl.replace(
    /\/postgres$/,
    `/${name}`,
  );
  process.env.SESSION_SECRET ??= "a-session-secret-for-the-unit-tests-only";
}

// Migrated before the test file loads: some seed at the top of the file.
const { prepareDatabase } = await import("@/db/client");
await prepareDatabase({ seed: false });

afterAll(async () => {
  const { closeDatabase } = await import("@/db/client");
  await closeDatabase();
  fs.rmSync(dir, { recursive: true, force: true });
});
