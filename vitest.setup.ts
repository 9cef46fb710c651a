import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

// Each test file gets a fresh database of its own: a new SQLite file, or, in the "postgres"
// project, the new database db/postgres/vitest-setup.ts made just before this runs.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-test-"));
process.env.DATABASE_PATH = path.join(dir, "catalogue.db");
// Password hashes at full cost take most of a second each; the tests check behaviour, not cost.
const { cheapenPasswordHashesForTests } =
  await import("@/db/accounts/passwords");
cheapenPasswordHashesForTests();
// Migrated before the test file loads: some seed at the top of the file.
const { prepareDatabase } = await import("@/db/core");
await prepareDatabase();

afterAll(async () => {
  const { closeDatabase } = await import("@/db/core");
  await closeDatabase();
  fs.rmSync(dir, { recursive: true, force: true });
});
