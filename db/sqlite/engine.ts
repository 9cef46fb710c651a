import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { getTableName, sql, type SQL } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { RateLimiterMemory, RateLimiterSQLite } from "rate-limiter-flexible";
import { manyRows } from "@/db/core/many-rows";
import { backupSqlite } from "./backup";
import type {
  Db,
  Transaction,
  Engine,
  FacetRow,
  FullTextSearch,
  Match,
  RankPart,
  ResultRow,
} from "@/db/core/engine";
import {
  facetSelection,
  filterConditions,
  hasAnyFilter,
  idList,
} from "@/db/search/sql";
import * as schema from "./schema";

/**
 * The embedded engine: one SQLite file, with WAL, a busy timeout and foreign keys; full-text
 * search by FTS5 (db/sqlite/migrations/0001_search_index.sql).
 */

const migrationsFolder = path.join(process.cwd(), "db", "sqlite", "migrations");

type Handle = Transaction & { $client: Database.Database };

// Kept on globalThis so that dev-server reloads reuse the handles instead of opening more.
const globalForDb = globalThis as unknown as {
  openDatabases?: Map<string, Handle>;
  databaseWriters?: Map<string, Writer>;
};
const open = (globalForDb.openDatabases ??= new Map<string, Handle>());
const limitStores = ((
  globalThis as unknown as { rateLimitStores?: Map<string, Database.Database> }
).rateLimitStores ??= new Map<string, Database.Database>());

/**
 * The file beside the database that holds the rate limits' counts, shared by every worker
 * process. A file of its own: the limiter writes outside the app's transactions, and a write to
 * the app's file while one of them waits would block this process until its busy timeout.
 */
export const rateLimitsFile = (file: string) =>
  file.replace(/(\.db)?$/, ".rate-limits.db");

function rateLimitStore(file: string): Database.Database {
  const existing = limitStores.get(file);
  if (existing) return existing;
  const store = new Database(rateLimitsFile(file));
  store.pragma("journal_mode = WAL");
  store.pragma("busy_timeout = 5000");
  // The table rate-limiter-flexible's SQLite store expects.
  store.exec(
    "CREATE TABLE IF NOT EXISTS rate_limits (key TEXT PRIMARY KEY, points INTEGER NOT NULL DEFAULT 0, expire INTEGER)",
  );
  limitStores.set(file, store);
  return store;
}
type Writer = { db: Handle; queue: Promise<unknown> };
const writers = (globalForDb.databaseWriters ??= new Map<string, Writer>());

function connect(file: string): Handle {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  // SQLite has no SHA-256 of its own; migration 0020 hashes the tokens stored before it with
  // this, as db/accounts/digest.ts hashes tokens now.
  sqlite.function("sha256_base64url", { deterministic: true }, (text) =>
    typeof text === "string"
      ? createHash("sha256").update(text).digest("base64url")
      : null,
  );
  return drizzle(sqlite, { schema }) as unknown as Handle;
}

/**
 * Opens (once per file) the SQLite database and brings its schema up to date. Lazy, because
 * `next build` loads route modules without a database.
 */
export function openDb(file: string): Handle {
  const existing = open.get(file);
  if (existing) return existing;
  if (file !== ":memory:")
    fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = connect(file);
  // A migration that rebuilds a table (SQLite's only way to change a CHECK) drops the old one:
  // with foreign keys on, that would delete every row that refers to it. So they are off while
  // migrating (they cannot be switched inside its transaction), and every one is checked after.
  db.$client.pragma("foreign_keys = OFF");
  migrate(db, { migrationsFolder });
  const broken = db.$client.pragma("foreign_key_check") as unknown[];
  if (broken.length > 0)
    throw new Error(
      `The migrations left ${broken.length} rows whose foreign keys point nowhere`,
    );
  db.$client.pragma("foreign_keys = ON");
  open.set(file, db);
  return db;
}

/** Closes a database opened by openDb, so tests and scripts can delete its file. */
function closeDb(file: string) {
  const existing = open.get(file);
  if (!existing) return;
  writers.get(file)?.db.$client.close();
  writers.delete(file);
  limitStores.get(file)?.close();
  limitStores.delete(file);
  existing.$client.close();
  open.delete(file);
}

/** The second connection of a database, kept for writes. */
function writerFor(file: string): Writer {
  const existing = writers.get(file);
  if (existing) return existing;
  openDb(file);
  const writer = {
    db: connect(file),
    queue: Promise.resolve() as Promise<unknown>,
  };
  writers.set(file, writer);
  return writer;
}

/**
 * Transactions run one at a time on a connection of their own, so the app's reads never see a
 * transaction's writes before they are committed, and a transaction can await its queries (as
 * the PostgreSQL engine must) without another request's writes joining it.
 */
function transactionOn<T>(
  file: string,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const writer = writerFor(file);
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
 * Changes whenever any connection commits a change to the catalogue: the tables' triggers count
 * them in catalogue_version (migration 0017), and nothing else moves it, so counting searches or
 * signing in keeps every cache.
 */
function dataVersionKey(client: Database.Database): string {
  let query = versionQueries.get(client);
  if (!query) {
    query = client
      .prepare("SELECT version FROM catalogue_version WHERE id = 1")
      .pluck();
    versionQueries.set(client, query);
  }
  return String(query.get());
}

// ---------------------------------------------------------------------------------------------
// Full-text search with FTS5

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

/** A match as FTS5 syntax. */
function fts5(match: Match): string {
  if ("phrase" in match)
    return `${quote(match.phrase.join(" "))}${match.prefix ? "*" : ""}`;
  const parts = "all" in match ? match.all : match.any;
  const joined = parts.map(fts5).join("all" in match ? " AND " : " OR ");
  return parts.length === 1 ? joined : `(${joined})`;
}

/** The same match, limited to the short fields where a match matters most. */
const inTitleOrKeywords = (match: string) =>
  `{title keywords joined} : (${match})`;

function partExpression(match: Match, part: RankPart): string {
  const expression = fts5(match);
  if (part === "anywhere") return expression;
  if (part === "title-or-keywords") return inTitleOrKeywords(expression);
  return `(${expression}) NOT ${inTitleOrKeywords(expression)}`;
}

// bm25 weights: title, keywords, summary, body, organisation, joined. As an ORDER BY expression
// with a LIMIT, SQLite keeps only the best rows while sorting, which beats FTS5's "ORDER BY rank".
const bm25 = sql.raw("bm25(examples_fts, 10.0, 6.0, 3.0, 1.0, 2.0, 1.0)");

function fullTextOn(database: () => Handle): FullTextSearch {
  const all = <T>(query: SQL) => database().all<T>(query);
  return {
    async matchingIds(match, among) {
      const ids = all<{ id: number }>(
        among
          ? sql`SELECT rowid AS id FROM examples_fts WHERE examples_fts MATCH ${fts5(match)}
                AND rowid IN (${idList(among)})`
          : sql`SELECT rowid AS id FROM examples_fts WHERE examples_fts MATCH ${fts5(match)}`,
      );
      return ids.map(({ id }) => id);
    },
    async matchesAnything(match) {
      return (
        all(
          sql`SELECT 1 FROM examples_fts WHERE examples_fts MATCH ${fts5(match)} LIMIT 1`,
        ).length > 0
      );
    },
    async rank(match, part, filters, limit) {
      const expression = partExpression(match, part);
      // The index holds published examples only, so without filters there is nothing to join.
      const rows = all<{ id: number }>(
        filters && hasAnyFilter(filters)
          ? sql`SELECT f.rowid AS id FROM examples_fts AS f
                CROSS JOIN examples AS e INDEXED BY examples_facets_idx ON e.id = f.rowid
                WHERE examples_fts MATCH ${expression} AND ${filterConditions(filters)}
                ORDER BY ${bm25} LIMIT ${limit}`
          : sql`SELECT rowid AS id FROM examples_fts WHERE examples_fts MATCH ${expression}
                ORDER BY ${bm25} LIMIT ${limit}`,
      );
      return rows.map(({ id }) => id);
    },
    async listInOrder(match, filters, sort, limit, offset) {
      const order =
        sort === "title"
          ? sql`e.title COLLATE NOCASE, e.id`
          : sql`e.published_at DESC, e.id DESC`;
      const from = match
        ? sql`(SELECT rowid AS id FROM examples_fts WHERE examples_fts MATCH ${fts5(match)}) AS m
              CROSS JOIN examples AS e ON e.id = m.id`
        : sql`examples AS e`;
      return all<{ id: number }>(
        sql`SELECT e.id FROM ${from} WHERE ${filterConditions(filters)}
            ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
      ).map(({ id }) => id);
    },
    async loadRows(ids) {
      if (ids.length === 0) return [];
      const rows = all<{
        id: number;
        slug: string;
        reference: string;
        title: string;
        summary: string;
        care_setting: string | null;
        published_at: number | null;
        keywords: string;
        themes: string | null;
      }>(
        sql`SELECT e.id, e.slug, e.reference, e.title, e.summary, e.care_setting, e.published_at, e.keywords,
              (SELECT json_group_array(json_object('slug', t.slug, 'name', t.name))
                 FROM example_themes et JOIN themes t ON t.id = et.theme_id WHERE et.example_id = e.id) AS themes
            FROM examples e WHERE e.id IN (${idList(ids)}) AND +e.status = 'published'`,
      );
      return rows.map((row): ResultRow => ({
        id: row.id,
        slug: row.slug,
        reference: row.reference,
        title: row.title,
        summary: row.summary,
        careSetting: row.care_setting,
        publishedAt:
          row.published_at === null ? null : new Date(row.published_at * 1000),
        keywords: JSON.parse(row.keywords) as string[],
        themes: JSON.parse(row.themes ?? "[]") as ResultRow["themes"],
      }));
    },
    async vocabulary(after, limit) {
      return all(
        sql`SELECT term, doc FROM examples_fts_vocab WHERE term > ${after} ORDER BY term LIMIT ${limit}`,
      );
    },
    async facetRows(afterId, limit) {
      return all<FacetRow>(
        sql`SELECT e.id, ${facetSelection}
            FROM examples AS e INDEXED BY examples_facets_idx
            WHERE e.id > ${afterId} AND e.status = 'published' ORDER BY e.id LIMIT ${limit}`,
      );
    },
    async themeLinks(after, limit) {
      return all(
        sql`SELECT example_id AS exampleId, theme_id AS themeId FROM example_themes
            WHERE (example_id, theme_id) > (${after.exampleId}, ${after.themeId})
            ORDER BY example_id, theme_id LIMIT ${limit}`,
      );
    },
  };
}

/** The SQLite engine over one file. */
export function sqliteEngine(file: string): Engine {
  const database = () => openDb(file);
  const self: Engine = {
    name: "sqlite",
    closed: false,
    get db() {
      return database();
    },
    transaction: (work) => transactionOn(file, work),
    changeVersion: () => dataVersionKey(database().$client),
    async migrate(then) {
      // Opening migrates; SQLite's own locks keep two processes from doing it at once.
      database();
      await then();
    },
    async nextId(tx, table, after = 0) {
      const sequence = tx.get<{ seq: number } | undefined>(
        sql`SELECT seq FROM sqlite_sequence WHERE name = ${table}`,
      );
      return Math.max(sequence?.seq ?? 0, after) + 1;
    },
    claimRows: sql``,
    async run(on, statement) {
      on.run(statement);
    },
    async insertMany(on, table, rows) {
      if (rows.length === 0) return;
      const { columns, batches } = manyRows(table, rows);
      // One prepared statement run for each row, inside the caller's transaction: SQLite does
      // that work in-process, with nothing to parse or send per row.
      const insert = (on as Handle).$client.prepare(
        `INSERT INTO "${getTableName(table)}" (${columns
          .map((column) => `"${column.name}"`)
          .join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      for (const values of batches) for (const row of values) insert.run(row);
    },
    async rows<T>(on: Db, statement: SQL) {
      return on.all<T>(statement);
    },
    async appliedMigrations() {
      return (
        database()
          .$client.prepare(
            "SELECT created_at FROM __drizzle_migrations ORDER BY created_at",
          )
          .all() as { created_at: number }[]
      ).map((row) => Number(row.created_at));
    },
    migrationsFolder,
    fullText: fullTextOn(database),
    description: `the SQLite file at ${file}`,
    async databaseBytes() {
      return fs.statSync(file).size;
    },
    backup: (destination) => backupSqlite(file, destination),
    backupFormat:
      "a copy of the SQLite file: restore it by copying it into place while the app is stopped",
    async deleteDatabase() {
      self.closed = true;
      closeDb(file);
      for (const stored of [file, rateLimitsFile(file)])
        for (const suffix of ["", "-wal", "-shm"])
          fs.rmSync(`${stored}${suffix}`, { force: true });
    },
    // Counts every worker process shares, in a file beside the database (in memory for a
    // database that is itself only in memory).
    rateLimiter: (limit) =>
      file === ":memory:"
        ? new RateLimiterMemory(limit)
        : new RateLimiterSQLite({
            ...limit,
            storeClient: rateLimitStore(file),
            storeType: "better-sqlite3",
            tableName: "rate_limits",
            tableCreated: true,
            // Client addresses are kept no longer than an hour past their limit's end.
            clearExpiredByTimeout: true,
          }),
    async bulkLoad(tx, load) {
      await load();
      // Merges the full-text index's many small segments from the load into one.
      tx.run(sql`INSERT INTO examples_fts(examples_fts) VALUES ('optimize')`);
    },
    async close() {
      self.closed = true;
      closeDb(file);
    },
  };
  return self;
}
