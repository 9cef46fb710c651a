import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { env } from "@/env";
import { engine } from "./client";
import { postgresBinaries } from "./postgres/binaries";

/**
 * A consistent backup of the live database, taken while the app goes on reading and writing:
 * SQLite's online backup API copies the file page by page; on PostgreSQL, pg_dump writes its
 * custom format (restore it with pg_restore). Refuses to overwrite a file.
 */
export async function backupDatabase(
  destination: string,
): Promise<{ bytes: number }> {
  if (fs.existsSync(destination))
    throw new Error(`${destination} already exists; choose a new file name.`);
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  if (engine().name === "postgres") await dumpPostgres(destination);
  else await backupSqlite(env.DATABASE_PATH, destination);
  return { bytes: fs.statSync(destination).size };
}

async function backupSqlite(source: string, destination: string) {
  const database = new Database(source, { fileMustExist: true });
  try {
    // The app's writers wait up to 5 s for a lock; the backup is as patient.
    database.pragma("busy_timeout = 5000");
    await database.backup(destination);
  } finally {
    database.close();
  }
}

/** pg_dump from PG_BIN or PostgreSQL's own folder when there is one, otherwise from the PATH. */
export function postgresTool(name: "pg_dump" | "pg_restore"): string {
  try {
    return path.join(postgresBinaries(), name);
  } catch {
    return name;
  }
}

/**
 * libpq's settings for a postgres:// URL, passed in the environment rather than on the command
 * line, where `ps` would show the password.
 */
function libpqEnvironment(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url);
  const options = Object.fromEntries(parsed.searchParams);
  return {
    ...process.env,
    PGHOST: decodeURIComponent(parsed.hostname) || "localhost",
    PGPORT: parsed.port || "5432",
    PGUSER: decodeURIComponent(parsed.username),
    PGPASSWORD: decodeURIComponent(parsed.password),
    PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)),
    ...(options.sslmode ? { PGSSLMODE: options.sslmode } : {}),
  };
}

async function dumpPostgres(destination: string) {
  try {
    await promisify(execFile)(
      postgresTool("pg_dump"),
      ["--format=custom", `--file=${destination}`],
      { env: libpqEnvironment(env.DATABASE_URL!) },
    );
  } catch (error) {
    fs.rmSync(destination, { force: true });
    throw error;
  }
}
