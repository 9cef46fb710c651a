import pg from "pg";
import { startThrowawayPostgres, type ThrowawayPostgres } from "@/db/postgres";
import { addAccount, admin, moderator } from "./moderator";

/** The same key on every instance, as a deployment must have. */
export const sessionSecret = "e2e-session-secret-shared-by-every-instance";

let server: ThrowawayPostgres | null = null;
let made = 0;

/** A fresh, empty database on this test run's throwaway PostgreSQL server. */
export async function freshPostgresDatabase(): Promise<string> {
  server ??= await startThrowawayPostgres();
  made += 1;
  return server.createDatabase(`e2e_${process.pid}_${made}_${Date.now()}`);
}

export async function stopPostgres() {
  await server?.stop();
  server = null;
}

/** Stops this run's PostgreSQL server under whatever uses it, keeping its data. */
export async function pausePostgres() {
  await server?.pause();
}

/** Starts it again after `pausePostgres`. */
export async function resumePostgres() {
  await server?.resume();
}

/** The environment that runs the app on a PostgreSQL database. */
export const onPostgres = (url: string) => ({
  DATABASE_URL: url,
  SESSION_SECRET: sessionSecret,
});

/**
 * Adds the e2e moderator (or admin) to a PostgreSQL database with the operators' CLI, given only
 * what the command uses: the database's address, not SESSION_SECRET. Returns what it printed.
 */
export function addModerator(
  url: string,
  account: typeof moderator | typeof admin = moderator,
): string {
  const { SESSION_SECRET: _unused, ...environment } = process.env;
  return addAccount(account, { ...environment, DATABASE_URL: url });
}

/** One query against a database, from the test itself. */
export async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}
