import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

// Each test file gets its own fresh database file, migrated when first opened.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-test-"));
process.env.DATABASE_PATH = path.join(dir, "catalogue.db");

afterAll(async () => {
  const { closeDb } = await import("@/db/client");
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});
