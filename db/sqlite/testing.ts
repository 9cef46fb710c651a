import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import type { EngineTesting, LiveTable, TestDatabases } from "@/db/core/engine";

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
    liveConstraints: async () => liveConstraints(file),
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

/**
 * What SQLite keeps of each table's CHECKs and indexes: named CHECKs from the table's SQL, a
 * column's own CHECK (as ALTER TABLE ADD COLUMN writes it) unnamed, and each index's columns.
 */
function liveConstraints(file: string): LiveTable[] {
  const database = new Database(file, { readonly: true });
  try {
    const tables = database
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND name NOT LIKE '__drizzle%'",
      )
      .all() as { name: string; sql: string }[];
    return tables.map(({ name, sql }) => {
      const named = [
        ...sql.matchAll(/CONSTRAINT\s+["`]?(\w+)["`]?\s+CHECK/g),
      ].map((match) => ({ name: match[1] ?? null, columns: [] }));
      const columns = (
        database.prepare(`PRAGMA table_info("${name}")`).all() as {
          name: string;
        }[]
      ).map((column) => column.name);
      const ownChecks = columns
        .filter((column) =>
          new RegExp(`["\`]${column}["\`] [^,]*?CHECK`).test(sql),
        )
        .map((column) => ({ name: null, columns: [column] }));
      const indexes = (
        database
          .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
          )
          .all(name) as { name: string }[]
      ).map((index) => ({
        name: index.name,
        columns: (
          database.prepare(`PRAGMA index_info("${index.name}")`).all() as {
            name: string;
          }[]
        ).map((column) => column.name),
      }));
      return { table: name, checks: [...named, ...ownChecks], indexes };
    });
  } finally {
    database.close();
  }
}
