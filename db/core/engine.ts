import type { SQL, Table } from "drizzle-orm";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type * as sqliteSchema from "@/db/sqlite/schema";
import type { SingleValuedFacet } from "@/db/search/facets";

/**
 * What db/ asks of a database engine. Everything else (domain rules, query reading, spelling
 * correction, re-ranking, facet counts) is written once in db/ over this; db/sqlite/ and
 * db/postgres/ each implement it.
 */

/**
 * A drizzle handle over the active engine's tables, typed as the SQLite one: both schemas have
 * the same tables and columns, and the core only uses what both engines' drizzle share (awaited
 * select, insert, update and delete builders, and relational queries).
 */
type Handle = BetterSQLite3Database<typeof sqliteSchema>;

/**
 * The read handle: selects and relational queries only. Writes go through `transaction()`, which
 * also tells every instance's caches of the change, so writing here does not compile.
 */
export type Db = Omit<
  Handle,
  "insert" | "update" | "delete" | "run" | "transaction" | "batch" | "$client"
>;

/** A handle inside a write transaction: the same reads as outside, and writes. */
export type Transaction = Handle;

/**
 * A full-text match, built by the search core and turned into each engine's own query syntax.
 * A phrase matches its words next to each other, the last one possibly as the start of a word.
 */
export type Match =
  { phrase: string[]; prefix: boolean } | { all: Match[] } | { any: Match[] };

/** Which part of an example a ranked search looks in. */
export type RankPart = "title-or-keywords" | "elsewhere-only" | "anywhere";

export type SearchFilters = {
  themeIds: number[];
  /** The values chosen for each one-value-an-example facet; none chosen means any. */
  values: Record<SingleValuedFacet, string[]>;
};

/** A search result as the engine loads it. */
export type ResultRow = {
  id: number;
  slug: string;
  reference: string;
  title: string;
  summary: string;
  careSetting: string | null;
  publishedAt: Date | null;
  keywords: string[];
  themes: { slug: string; name: string }[];
};

/** One published example's one-value facets, for the in-memory facet index. */
export type FacetRow = { id: number } & Record<
  SingleValuedFacet,
  string | null
>;

export type FullTextSearch = {
  /** Ids of published examples that match (among `among`, when given). */
  matchingIds(match: Match, among?: number[]): Promise<number[]>;
  matchesAnything(match: Match): Promise<boolean>;
  /** Up to `limit` published matches passing the filters, most relevant first. */
  rank(
    match: Match,
    part: RankPart,
    filters: SearchFilters | null,
    limit: number,
  ): Promise<number[]>;
  /** A page of published examples (matching, when `match` is given) in newest or A to Z order. */
  listInOrder(
    match: Match | null,
    filters: SearchFilters,
    sort: "newest" | "title",
    limit: number,
    offset: number,
  ): Promise<number[]>;
  /** Published examples by id, with their themes. */
  loadRows(ids: number[]): Promise<ResultRow[]>;
  /** The full-text index's words after `after`, in order, with how many examples use each. */
  vocabulary(
    after: string,
    limit: number,
  ): Promise<{ term: string; doc: number }[]>;
  /** Published examples' facets, by id after `afterId`. */
  facetRows(afterId: number, limit: number): Promise<FacetRow[]>;
  /** Example-theme links after the given pair, in order. */
  themeLinks(
    after: { exampleId: number; themeId: number },
    limit: number,
  ): Promise<{ exampleId: number; themeId: number }[]>;
};

/** One kind of attempt and its allowance: `points` attempts in `duration` seconds. */
export type RateLimit = { keyPrefix: string; points: number; duration: number };

export type Engine = {
  name: "sqlite" | "postgres";
  db: Db;
  /**
   * Runs `work` in one write transaction and returns what it returns; anything it throws rolls
   * it back. Every write goes through here.
   */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /**
   * Changes whenever anything is committed, by any connection or instance, so a cache keyed by
   * it is never stale. While the engine cannot tell, every call gives a new value.
   */
  changeVersion(): string;
  /** Brings the schema up to date; `then` runs while no other instance can be migrating. */
  migrate(then: () => Promise<void>): Promise<void>;
  /** The next free row id of a table that hands out references (IX-…, TR-…), above `after`. */
  nextId(
    tx: Transaction,
    table: "examples" | "adoption_reports" | "example_claims",
    after?: number,
  ): Promise<number>;
  /**
   * What ends a select that claims rows for this instance to work on (the outbox): on PostgreSQL
   * FOR UPDATE SKIP LOCKED, so instances never wait for each other's rows; nothing on SQLite,
   * whose one writer at a time already keeps two claims apart.
   */
  claimRows: SQL;
  /** Runs one SQL statement written for this engine, in a write transaction. */
  run(on: Transaction, statement: SQL): Promise<void>;
  /**
   * Inserts thousands of rows at once (a publish's alerts, a digest) far faster than drizzle's
   * multi-row insert: one prepared statement run per row on SQLite, PostgreSQL's unnest over a
   * column's values as one array. Every row gives the same columns as the first.
   */
  insertMany(
    on: Transaction,
    table: Table,
    rows: Record<string, unknown>[],
  ): Promise<void>;
  /** The rows of one SQL query written for this engine. */
  rows<T>(on: Db | Transaction, statement: SQL): Promise<T[]>;
  /** When each applied migration was created (drizzle's folderMillis), oldest first. */
  appliedMigrations(): Promise<number[]>;
  migrationsFolder: string;
  fullText: FullTextSearch;
  /** Where the data is, in words for an operator: "the SQLite file at …". */
  description: string;
  /** How many bytes the database takes on disk. */
  databaseBytes(): Promise<number>;
  /** A consistent copy of the live database in this engine's own format, at `destination`. */
  backup(destination: string): Promise<void>;
  /** What a backup is and how to restore it, for the operator who took it. */
  backupFormat: string;
  /**
   * Deletes the whole database so that the next start builds it afresh (a local SQLite file), or
   * refuses, saying why, where deleting is the operator's job (a PostgreSQL database).
   */
  deleteDatabase(): Promise<void>;
  /** A rate limiter whose counts every instance of the app shares. */
  rateLimiter(limit: RateLimit): RateLimiterAbstract;
  /**
   * Runs `load` (many inserts in `tx`) with whatever this engine keeps per row paused, and
   * brings it up to date once at the end: a bulk load of a generated catalogue.
   */
  bulkLoad(tx: Transaction, load: () => Promise<void>): Promise<void>;
  /** Set once close() has begun: whatever watches the engine (the search index) lets it go. */
  closed: boolean;
  close(): Promise<void>;
};

/** What a test does differently on each engine, so that the test files themselves are the same. */
export type EngineTesting = {
  /** Publishes an example from a connection of its own, as a second server would. */
  publishFromElsewhere(id: number): Promise<void>;
  /** The table drizzle records applied migrations in. */
  migrationsTable: string;
  /** An engine whose database cannot be reached. */
  unreachableEngine(): Engine;
  /** The rows `query` returns from a backup file, restored somewhere new. */
  rowsInBackup(backup: string, query: string): Promise<unknown[]>;
  /** The CHECKs and indexes the live database has, table by table, for the drift test. */
  liveConstraints(): Promise<LiveTable[]>;
};

/** A table's CHECKs (unnamed for a column's own CHECK) and indexes, as the database has them. */
export type LiveTable = {
  table: string;
  checks: { name: string | null; columns: string[] }[];
  indexes: { name: string; columns: string[] }[];
};

/** Where a benchmark or test can make fresh databases of one engine, and the app's settings for one. */
export type TestDatabases = {
  /** As BENCH_ENGINES names it. */
  key: string;
  label: string;
  /** Whether several instances of the app can share one of its databases. */
  sharedByInstances: boolean;
  start(): Promise<{
    /** The environment variables that run the app on a new, empty database called `name`. */
    environment(name: string): Promise<Record<string, string>>;
    stop(): Promise<void>;
  }>;
};
