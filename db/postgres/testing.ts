import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import type { EngineTesting, TestDatabases } from "@/db/core/engine";
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
