import path from "node:path";
import { sql, type SQL } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { manyRows } from "@/db/core/many-rows";
import { dumpPostgres } from "./backup";
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
import { facetSelection, filterConditions, idList } from "@/db/search/sql";
import { watchChanges } from "./changes";
import * as schema from "./schema";

/**
 * PostgreSQL, for several app instances over one database: a pool per instance, full-text search
 * by a weighted tsvector with a GIN index and a words table (db/postgres/migrations), and caches
 * dropped on every instance by LISTEN/NOTIFY (./changes.ts).
 */

const migrationsFolder = path.join(
  process.cwd(),
  "db",
  "postgres",
  "migrations",
);

// count(*) and other bigints arrive as strings unless told otherwise; every one here fits.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

// Arbitrary but fixed: the advisory locks every instance takes for migrating and for writing.
const migrationLock = 7_240_101;
const writeLock = 7_240_102;

/** Ranking weights for D, C, B and A: body, organisation, summary, title and keywords. */
const weights = sql.raw(`'{0.1, 0.2, 0.4, 1.0}'`);

const lexeme = (word: string) =>
  `'${word.replaceAll("'", "''").replaceAll("\\", "\\\\")}'`;

/** A match as tsquery syntax. */
function tsquery(match: Match): string {
  if ("phrase" in match) {
    const last = match.phrase.length - 1;
    const words = match.phrase.map(
      (word, i) => `${lexeme(word)}${i === last && match.prefix ? ":*" : ""}`,
    );
    return words.length === 1 ? words[0]! : `(${words.join(" <-> ")})`;
  }
  const parts = ("all" in match ? match.all : match.any).map(tsquery);
  return parts.length === 1
    ? parts[0]!
    : `(${parts.join("all" in match ? " & " : " | ")})`;
}

const query = (match: Match) => sql`to_tsquery('simple', ${tsquery(match)})`;

/** Which matches a ranked search looks at, and what it ranks them by. */
function rankedPart(match: Match, part: RankPart): { where: SQL; rank: SQL } {
  const q = query(match);
  const everywhere = sql`ts_rank(${weights}, e.search_vector, ${q}, 1)`;
  if (part === "title-or-keywords")
    return {
      where: sql`e.title_vector @@ ${q}`,
      rank: sql`ts_rank(e.title_vector, ${q}, 1)`,
    };
  if (part === "elsewhere-only")
    return {
      where: sql`e.search_vector @@ ${q} AND NOT e.title_vector @@ ${q}`,
      rank: everywhere,
    };
  return { where: sql`e.search_vector @@ ${q}`, rank: everywhere };
}

function fullTextOn(database: NodePgDatabase<typeof schema>): FullTextSearch {
  const rows = async <T>(statement: SQL): Promise<T[]> =>
    (await database.execute(statement)).rows as T[];
  const published = sql`e.status = 'published'`;
  return {
    async matchingIds(match, among) {
      // As one string: tens of thousands of one-number rows cost more to send and read.
      const [found] = await rows<{ ids: string | null }>(
        sql`SELECT string_agg(e.id::text, ',') AS ids FROM examples e
            WHERE e.search_vector @@ ${query(match)}
            ${among ? sql`AND e.id IN (${among.length ? idList(among) : sql`NULL`})` : sql``}`,
      );
      return found?.ids ? found.ids.split(",").map(Number) : [];
    },
    async matchesAnything(match) {
      return (
        (
          await rows(
            sql`SELECT 1 FROM examples e WHERE e.search_vector @@ ${query(match)} LIMIT 1`,
          )
        ).length > 0
      );
    },
    async rank(match, part, filters, limit) {
      const { where, rank } = rankedPart(match, part);
      const found = await rows<{ id: number }>(
        sql`SELECT e.id FROM examples e
            WHERE ${where} AND ${filters ? filterConditions(filters) : published}
            ORDER BY ${rank} DESC, e.id
            LIMIT ${limit}`,
      );
      return found.map(({ id }) => id);
    },
    async listInOrder(match, filters, sort, limit, offset) {
      const order =
        sort === "title"
          ? sql`lower(e.title) COLLATE "C", e.id`
          : sql`e.published_at DESC NULLS LAST, e.id DESC`;
      const found = await rows<{ id: number }>(
        sql`SELECT e.id FROM examples e
            WHERE ${match ? sql`e.search_vector @@ ${query(match)} AND` : sql``} ${filterConditions(filters)}
            ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
      );
      return found.map(({ id }) => id);
    },
    async loadRows(ids) {
      if (ids.length === 0) return [];
      // drizzle leaves a raw query's timestamps as text.
      const found = await rows<
        Omit<ResultRow, "publishedAt"> & { publishedAt: string | null }
      >(
        sql`SELECT e.id, e.slug, e.reference, e.title, e.summary, e.care_setting AS "careSetting",
              e.published_at AS "publishedAt", e.keywords,
              coalesce((SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name))
                FROM example_themes et JOIN themes t ON t.id = et.theme_id
                WHERE et.example_id = e.id), '[]') AS themes
            FROM examples e WHERE e.id IN (${idList(ids)}) AND e.status = 'published'`,
      );
      return found.map((row) => ({
        ...row,
        publishedAt:
          row.publishedAt === null ? null : new Date(row.publishedAt),
      }));
    },
    async vocabulary(after, limit) {
      return rows(
        sql`SELECT word AS term, docs AS doc FROM search_words
            WHERE word > ${after} ORDER BY word LIMIT ${limit}`,
      );
    },
    async facetRows(afterId, limit) {
      return rows<FacetRow>(
        sql`SELECT e.id, ${facetSelection}
            FROM examples AS e WHERE e.id > ${afterId} AND e.status = 'published'
            ORDER BY e.id LIMIT ${limit}`,
      );
    },
    async themeLinks(after, limit) {
      return rows(
        sql`SELECT example_id AS "exampleId", theme_id AS "themeId" FROM example_themes
            WHERE (example_id, theme_id) > (${after.exampleId}, ${after.themeId})
            ORDER BY example_id, theme_id LIMIT ${limit}`,
      );
    },
  };
}

/** The PostgreSQL engine over one database. */
export function postgresEngine(url: string, poolSize: number): Engine {
  const pool = new pg.Pool({
    connectionString: url,
    max: Math.max(2, poolSize),
    // The catalogue is small enough to stay in memory, where a random read costs little more
    // than a sequential one. At the default (4) the planner reads every example's tsvector
    // rather than use the GIN index: 25 ms instead of 1 ms a search at 10,000 examples.
    options: "-c random_page_cost=1.1",
    // So that an operator can tell the app's connections apart in pg_stat_activity.
    application_name: "find-and-share-examples",
  });
  // An idle connection that breaks (a database restart) is replaced; it must not stop the app.
  pool.on("error", (error) =>
    console.error(
      JSON.stringify({
        level: "error",
        msg: "A PostgreSQL connection broke",
        error: error.message,
        time: Date.now(),
      }),
    ),
  );
  // The server processes behind this instance's pooled connections, to know its own NOTIFYs.
  const ownBackends = new Set<number>();
  const backendOf = (client: pg.PoolClient) =>
    (client as unknown as { processID: number }).processID;
  pool.on("connect", (client) => ownBackends.add(backendOf(client)));
  pool.on("remove", (client) => ownBackends.delete(backendOf(client)));
  const database = drizzle(pool, { schema });
  const changes = watchChanges(url, (processId) => ownBackends.has(processId));
  const self: Engine = {
    name: "postgres",
    closed: false,
    db: database as unknown as Db,
    async transaction(work) {
      let changedCatalogue = false;
      const result = await database.transaction(async (tx) => {
        // One writer at a time across every instance, as SQLite has: what a transaction checks
        // (a version, a free reference, a submission key) stays true until it commits.
        await tx.execute(sql`SELECT pg_advisory_xact_lock(${writeLock})`);
        const value = await work(tx as unknown as Transaction);
        // Set by the catalogue tables' triggers (migration 0011): only those changes move the
        // version, so counting searches or signing in keeps every cache.
        const { rows } = await tx.execute<{ changed: string | null }>(
          sql`SELECT current_setting('app.catalogue_changed', true) AS changed`,
        );
        changedCatalogue = rows[0]?.changed === "yes";
        return value;
      });
      // Our own change is known at once here; other instances hear of it by NOTIFY.
      if (changedCatalogue) changes.committed();
      return result;
    },
    changeVersion: () => changes.version(),
    async migrate(then) {
      const client = await pool.connect();
      try {
        // Instances started together wait here while the first migrates and seeds.
        await client.query("SELECT pg_advisory_lock($1)", [migrationLock]);
        await migrate(database, { migrationsFolder });
        await then();
      } finally {
        await client
          .query("SELECT pg_advisory_unlock($1)", [migrationLock])
          .catch(() => undefined);
        client.release();
      }
    },
    async nextId(tx, table, after = 0) {
      for (;;) {
        const result = await (tx as unknown as NodePgDatabase).execute(
          sql`SELECT nextval(pg_get_serial_sequence(${table}, 'id')) AS id`,
        );
        const id = Number((result.rows[0] as { id: number }).id);
        if (id > after) return id;
      }
    },
    claimRows: sql`FOR UPDATE SKIP LOCKED`,
    async run(on, statement) {
      await (on as unknown as NodePgDatabase).execute(statement);
    },
    async insertMany(on, table, rows) {
      if (rows.length === 0) return;
      const { columns, batches } = manyRows(table, rows);
      const names = sql.join(
        columns.map((column) => sql.identifier(column.name)),
        sql`, `,
      );
      for (const values of batches) {
        // One array a column, each passed whole as one parameter and cast to the column's type.
        const arrays = sql.join(
          columns.map(
            (column, index) =>
              sql`${sql.param(values.map((row) => row[index]))}::${sql.raw(column.getSQLType())}[]`,
          ),
          sql`, `,
        );
        await (on as unknown as NodePgDatabase).execute(
          sql`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`,
        );
      }
    },
    async rows<T>(on: Db, statement: SQL) {
      return (await (on as unknown as NodePgDatabase).execute(statement))
        .rows as T[];
    },
    async appliedMigrations() {
      const result = await pool.query<{ created_at: number }>(
        "SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at",
      );
      return result.rows.map((row) => Number(row.created_at));
    },
    migrationsFolder,
    fullText: fullTextOn(database),
    description: "the PostgreSQL database",
    async databaseBytes() {
      const { rows } = await pool.query<{ bytes: string }>(
        "SELECT pg_database_size(current_database()) AS bytes",
      );
      return Number(rows[0]?.bytes ?? 0);
    },
    backup: (destination) => dumpPostgres(url, destination),
    backupFormat: "pg_dump's custom format: restore it with pg_restore",
    async deleteDatabase() {
      throw new Error(
        "db:reset deletes the SQLite file at DATABASE_PATH; it does not empty a PostgreSQL database. To start again on PostgreSQL, drop and create the database yourself.",
      );
    },
    rateLimiter: (limit) =>
      new RateLimiterPostgres({
        ...limit,
        storeClient: pool,
        storeType: "pool",
        // Made by db/postgres/migrations, with the rest of the schema.
        tableName: "rate_limits",
        tableCreated: true,
        // Client addresses are kept no longer than an hour past their limit's end.
        clearExpiredByTimeout: true,
      }),
    async bulkLoad(tx, load) {
      const run = (statement: SQL) =>
        (tx as unknown as NodePgDatabase).execute(statement);
      // Counting each example's words as it goes in would take minutes at 100,000: the words
      // table is rebuilt once at the end instead.
      await run(
        sql`ALTER TABLE examples DISABLE TRIGGER examples_search_words_on_insert`,
      );
      await load();
      await run(
        sql`ALTER TABLE examples ENABLE TRIGGER examples_search_words_on_insert`,
      );
      await run(sql`SELECT rebuild_search_words()`);
      // Planner statistics for every table now, as autovacuum would soon after a real load:
      // without them it guesses that a theme holds a few hundred examples, not thousands.
      await run(sql`ANALYZE`);
    },
    async close() {
      self.closed = true;
      await changes.stop();
      await pool.end();
    },
  };
  return self;
}
