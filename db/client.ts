import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import {
  drizzle,
  type BetterSQLite3Database,
} from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { env } from "@/env";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & {
  $client: Database.Database;
};

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// Kept on globalThis so that dev-server reloads reuse the handle instead of opening another.
const globalForDb = globalThis as unknown as {
  openDatabases?: Map<string, Db>;
};
const open = (globalForDb.openDatabases ??= new Map<string, Db>());

/**
 * Opens (once per file) the SQLite database, with WAL, a busy timeout and foreign keys, and
 * brings its schema up to date. Lazy, because `next build` loads route modules without a database.
 */
export function openDb(file: string = env.DATABASE_PATH): Db {
  const existing = open.get(file);
  if (existing) return existing;
  if (file !== ":memory:")
    fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  open.set(file, db);
  return db;
}

/** The app's database (DATABASE_PATH, default data/catalogue.db). */
export function db(): Db {
  return openDb();
}

/** Closes a database opened by openDb, so tests and scripts can delete its file. */
export function closeDb(file: string = env.DATABASE_PATH) {
  const existing = open.get(file);
  if (!existing) return;
  existing.$client.close();
  open.delete(file);
}
