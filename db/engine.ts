import type { SQL } from "drizzle-orm";
import type { Pool } from "pg";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type * as sqliteSchema from "./sqlite/schema";
import type { SingleValuedFacet } from "./search-index";

/**
 * What db/ asks of a database engine. Everything else (domain rules, query reading, spelling
 * correction, re-ranking, facet counts) is written once in db/ over this; db/sqlite/ and
 * db/postgres/ each implement it.
 */

/**
 * A drizzle handle over the active engine's tables. Typed as the SQLite one: both schemas have
 * the same tables and columns, and the core only uses what both engines' drizzle share
 * (awaited select, insert, update and delete builders, and relational queries).
 */
export type Db = BetterSQLite3Database<typeof sqliteSchema>;

/** A handle inside a transaction: the same queries as outside, awaited the same way. */
export type Transaction = Db;

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
    table: "examples" | "adoption_reports",
    after?: number,
  ): Promise<number>;
  /** Runs one SQL statement written for this engine, on the database or in a transaction. */
  run(on: Db | Transaction, statement: SQL): Promise<void>;
  /** The rows of one SQL query written for this engine. */
  rows<T>(on: Db | Transaction, statement: SQL): Promise<T[]>;
  /** When each applied migration was created (drizzle's folderMillis), oldest first. */
  appliedMigrations(): Promise<number[]>;
  migrationsFolder: string;
  fullText: FullTextSearch;
  /** PostgreSQL's connection pool, for what keeps shared state there (rate limits). */
  postgresPool?: Pool;
  close(): Promise<void>;
};
