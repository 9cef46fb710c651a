import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import type { EngineTesting, TestDatabases } from "@/db/core/engine";

import { sqliteEngine } from "./engine";

/** What a test does differently on SQLite, so that the test files themselves are the same. */
export function sqliteTesting(file: string): EngineTesting {
  return {
    async publishFromElsewhere(id) {
      const elsewhere = new Database(file);
      elsewhere
        .prepare(
          "UPDATE examples SET status = 'published', published_at = ? WHERE id = ?",
        )
        .run(Math.floor(Date.now() / 1000), id);
      elsewhere.close();
    },
    migrationsTable: "__drizzle_migrations",
    unreachableEngine: () =>
      sqliteEngine(fs.mkdtempSync(path.join(os.tmpdir(), "not-a-file-"))),
    async rowsInBackup(backup, query) {
      // Restoring a SQLite backup is copying it into place while the app is stopped.
      const restored = `${backup}.restored.db`;
      fs.copyFileSync(backup, restored);
      const database = new Database(restored, { readonly: true });
      try {
        return database.prepare(query).all();
      } finally {
        database.close();
      }
    },
  };
}

/** Fresh SQLite files for benchmarks that run the app on each engine in turn. */
export const sqliteDatabases: TestDatabases = {
  key: "sqlite",
  label: "SQLite",
  sharedByInstances: false,
  async start() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-sqlite-"));
    return {
      environment: async (name) => ({
        DATABASE_PATH: path.join(dir, `${name}.db`),
      }),
      stop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  },
};
