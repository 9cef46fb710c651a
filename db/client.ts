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

/** A database handle inside a transaction: the same queries as outside, awaited the same way. */
export type Transaction = Db;

type Writer = { db: Db; queue: Promise<unknown> };
const writers = ((
  globalForDb as { databaseWriters?: Map<string, Writer> }
).databaseWriters ??= new Map<string, Writer>());

/** The second connection, kept for writes, of a database opened by openDb. */
function writerFor(database: Db): Writer {
  const file = database.$client.name;
  const existing = writers.get(file);
  if (existing) return existing;
  const sqlite = new Database(file);
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  const writer = { db: drizzle(sqlite, { schema }), queue: Promise.resolve() };
  writers.set(file, writer);
  return writer;
}

/**
 * Runs `work` in one write transaction and returns what it returns; anything it throws rolls it
 * back. Every write goes through here. Transactions run one at a time on a connection of their
 * own, so the app's reads never see a transaction's writes before they are committed, and a
 * transaction can await its queries (as the PostgreSQL engine must) without another request's
 * writes joining it.
 */
export function transaction<T>(
  work: (tx: Transaction) => Promise<T>,
  database: Db = db(),
): Promise<T> {
  const writer = writerFor(database);
  const run = async () => {
    const client = writer.db.$client;
    // IMMEDIATE takes the write lock at the start, so what the transaction reads stays true.
    client.exec("BEGIN IMMEDIATE");
    try {
      const result = await work(writer.db);
      client.exec("COMMIT");
      return result;
    } catch (error) {
      if (client.inTransaction) client.exec("ROLLBACK");
      throw error;
    }
  };
  const result = writer.queue.then(run, run);
  writer.queue = result.catch(() => undefined);
  return result;
}

const versionQueries = new WeakMap<Database.Database, Database.Statement>();

/**
 * Changes whenever any connection commits to the app's database (data_version counts other
 * connections' commits, total_changes() this one's), so a cache keyed by it is never stale.
 */
export function dataVersionKey(client = db().$client): string {
  let query = versionQueries.get(client);
  if (!query) {
    query = client
      .prepare(
        "SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes() AS key",
      )
      .pluck();
    versionQueries.set(client, query);
  }
  return query.get() as string;
}

/**
 * Remembers up to `size` answers (least recently used out first) until anything in the database
 * changes, for reads that many requests repeat.
 */
export function cacheUntilDataChanges<T>(size: number) {
  const answers = new Map<string, T>();
  let version = "";
  const lookup = async (key: string, compute: () => Promise<T>): Promise<T> => {
    const current = dataVersionKey();
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
    answers.set(key, answer);
    if (answers.size > size)
      answers.delete(answers.keys().next().value as string);
    return answer;
  };
  return Object.assign(lookup, { clear: () => answers.clear() });
}

/** Closes a database opened by openDb, so tests and scripts can delete its file. */
export function closeDb(file: string = env.DATABASE_PATH) {
  const existing = open.get(file);
  if (!existing) return;
  const name = existing.$client.name;
  writers.get(name)?.db.$client.close();
  writers.delete(name);
  existing.$client.close();
  open.delete(file);
}
