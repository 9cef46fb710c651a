import { readMigrationFiles } from "drizzle-orm/migrator";
import { env } from "@/env";
import { migrationsFolder, openDb } from "./client";

export type DatabaseHealth =
  | {
      ok: true;
      database: "reachable";
      migrations: { applied: number; expected: number };
    }
  | {
      ok: false;
      database: "reachable";
      migrations: { applied: number; expected: number };
      problem: string;
    }
  | { ok: false; database: "unreachable"; problem: string };

/**
 * Whether the database answers and has every migration in db/migrations applied. Never throws:
 * a health check that crashes tells the hosting team nothing.
 */
export function checkDatabaseHealth(
  file: string = env.DATABASE_PATH,
): DatabaseHealth {
  let applied: { created_at: number }[];
  try {
    applied = openDb(file)
      .$client.prepare(
        "SELECT created_at FROM __drizzle_migrations ORDER BY created_at",
      )
      .all() as { created_at: number }[];
  } catch (error) {
    return {
      ok: false,
      database: "unreachable",
      problem: error instanceof Error ? error.message : String(error),
    };
  }
  const expected = readMigrationFiles({ migrationsFolder });
  const latestApplied = applied.at(-1)?.created_at ?? 0;
  const missing = expected.filter(
    (migration) => migration.folderMillis > latestApplied,
  );
  const migrations = { applied: applied.length, expected: expected.length };
  return missing.length === 0
    ? { ok: true, database: "reachable", migrations }
    : {
        ok: false,
        database: "reachable",
        migrations,
        problem: `${missing.length} migration(s) not applied`,
      };
}
