import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { postgresBinaries } from "./binaries";

/** pg_dump or pg_restore from PG_BIN or PostgreSQL's own folder, otherwise from the PATH. */
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

/** pg_dump's custom format of the whole database (restore it with pg_restore). */
export async function dumpPostgres(url: string, destination: string) {
  try {
    await promisify(execFile)(
      postgresTool("pg_dump"),
      ["--format=custom", `--file=${destination}`],
      { env: libpqEnvironment(url) },
    );
  } catch (error) {
    fs.rmSync(destination, { force: true });
    throw error;
  }
}
