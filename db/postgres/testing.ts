import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import type { EngineTesting, LiveTable, TestDatabases } from "@/db/core/engine";
import { startThrowawayPostgres } from "./throwaway-server";
import { postgresTool } from "./backup";
import { postgresEngine } from "./engine";

/** The rows one query returns on a connection of its own. */
async function queryOnce(url: string, query: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(query, values)).rows as unknown[];
  } finally {
    await client.end();
  }
}

/** What a test does differently on PostgreSQL, so that the test files themselves are the same. */
export function postgresTesting(url: string): EngineTesting {
  return {
    async publishFromElsewhere(id) {
      await queryOnce(
        url,
        "UPDATE examples SET status = 'published', published_at = now() WHERE id = $1",
        [id],
      );
    },
    migrationsTable: "drizzle.__drizzle_migrations",
    unreachableEngine: () =>
      postgresEngine("postgres://nobody@127.0.0.1:1/nothing", 2),
    liveConstraints: () => liveConstraints(url),
    async rowsInBackup(backup, query) {
      const name = `restored_${Date.now()}`;
      await queryOnce(url, `CREATE DATABASE ${name}`);
      const restored = url.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
      await promisify(execFile)(postgresTool("pg_restore"), [
        "--no-owner",
        `--dbname=${restored}`,
        backup,
      ]);
      return queryOnce(restored, query);
    },
  };
}

/** Fresh databases on a throwaway server, for benchmarks that run the app on each engine. */
export const postgresDatabases: TestDatabases = {
  key: "postgres",
  label: "PostgreSQL",
  sharedByInstances: true,
  async start() {
    const server = await startThrowawayPostgres();
    return {
      environment: async (name) => ({
        DATABASE_URL: await server.createDatabase(name),
        // Every instance signs sessions with the same key, as a deployment must.
        SESSION_SECRET: "a-session-secret-for-benchmarks-and-tests-only",
      }),
      stop: () => server.stop(),
    };
  },
};

/** Each table's CHECKs (with the columns they name) and indexes, from PostgreSQL's catalogues. */
async function liveConstraints(url: string): Promise<LiveTable[]> {
  const checks = (await queryOnce(
    url,
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name,
       array(SELECT a.attname::text FROM pg_attribute a
             WHERE a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)) AS columns
     FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE c.contype = 'c' AND n.nspname = 'public'`,
  )) as { table: string; name: string; columns: string[] }[];
  const indexes = (await queryOnce(
    url,
    `SELECT t.relname AS "table", i.relname AS name,
       array(SELECT a.attname::text FROM unnest(x.indkey) WITH ORDINALITY k(attnum, position)
             JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
             ORDER BY k.position) AS columns
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public'`,
  )) as { table: string; name: string; columns: string[] }[];
  const tables = [...new Set([...checks, ...indexes].map((row) => row.table))];
  return tables.map((table) => ({
    table,
    checks: checks
      .filter((row) => row.table === table)
      .map(({ name, columns }) => ({ name, columns })),
    indexes: indexes
      .filter((row) => row.table === table)
      .map(({ name, columns }) => ({ name, columns })),
  }));
}
