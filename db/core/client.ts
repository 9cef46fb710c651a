import { env } from "@/env";
import type { Db, Engine, Transaction } from "./engine";
import { postgresEngine } from "@/db/postgres/engine";
import { sqliteEngine } from "@/db/sqlite/engine";

export type { Db, Transaction };

/**
 * The database this process runs on: PostgreSQL when DATABASE_URL is set, otherwise the SQLite
 * file at DATABASE_PATH. Opened on first use, because `next build` loads route modules without
 * a database.
 */
const globalForEngine = globalThis as unknown as { databaseEngine?: Engine };

export function engine(): Engine {
  const current =
    globalForEngine.databaseEngine ??
    (env.DATABASE_URL
      ? postgresEngine(env.DATABASE_URL, env.DATABASE_POOL_SIZE)
      : sqliteEngine(env.DATABASE_PATH));
  globalForEngine.databaseEngine = current;
  return current;
}

/** Whether the database is open and not closing, for background work that must stop with it. */
export function isDatabaseOpen(): boolean {
  const current = globalForEngine.databaseEngine;
  return current !== undefined && !current.closed;
}

/** The app's database, for reads; writes go through `transaction`. */
export function db(): Db {
  return engine().db;
}

/**
 * Runs `work` in one write transaction and returns what it returns; anything it throws rolls it
 * back. Every write goes through here.
 */
export function transaction<T>(
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return engine().transaction(work);
}

/** Where the data is, in words for an operator: "the SQLite file at …". */
export function databaseDescription(): string {
  return engine().description;
}

/** What a backup of this database is and how to restore it. */
export function backupFormat(): string {
  return engine().backupFormat;
}

/** Deletes the local database, so the next start builds it afresh; refuses on a shared one. */
export async function deleteDatabase(): Promise<void> {
  const current = engine();
  globalForEngine.databaseEngine = undefined;
  await current.deleteDatabase();
}

/** How many bytes the database takes on disk, for the benchmarks' reports. */
export function databaseBytes(): Promise<number> {
  return engine().databaseBytes();
}

/** Changes whenever anything is committed, here or on another instance. */
export function changeVersion(): string {
  return engine().changeVersion();
}

/**
 * Brings the schema up to date, then runs `whileLocked` (seeding an empty catalogue) while no
 * other instance can be doing the same. Run once at start, before anything else touches the
 * database.
 */
export async function prepareDatabase(
  whileLocked: () => Promise<void> = async () => undefined,
): Promise<void> {
  await engine().migrate(whileLocked);
}

/** Closes the database (the pool, on PostgreSQL), for tests, scripts and a stopping server. */
export async function closeDatabase(): Promise<void> {
  const current = globalForEngine.databaseEngine;
  globalForEngine.databaseEngine = undefined;
  await current?.close();
}

/**
 * Remembers up to `size` answers (least recently used out first) until anything in the database
 * changes, for reads that many requests repeat.
 */
export function cacheUntilDataChanges<T>(size: number) {
  const answers = new Map<string, T>();
  let version = "";
  const lookup = async (key: string, compute: () => Promise<T>): Promise<T> => {
    const current = changeVersion();
    if (current !== version) {
      answers.clear();
      version = current;
    }
    const cached = answers.get(key);
    if (cached !== undefined) {
      answers.delete(key);
      answers.set(key, cached);
      return cached;
    }
    const answer = await compute();
    // Only keep what was read while nothing changed; otherwise it may already be out of date.
    if (changeVersion() === version) {
      answers.set(key, answer);
      if (answers.size > size)
        answers.delete(answers.keys().next().value as string);
    }
    return answer;
  };
  return Object.assign(lookup, { clear: () => answers.clear() });
}

/**
 * What the database said about a failed query: on PostgreSQL drizzle's "Failed query" carries the
 * database's own words as its cause; SQLite's driver says them itself.
 */
export function databaseErrorText(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  return [error, cause]
    .map((part) => (part instanceof Error ? part.message : ""))
    .join(" ");
}
