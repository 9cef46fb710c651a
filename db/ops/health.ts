import { readMigrationFiles } from "drizzle-orm/migrator";
import { provideCatalogueSignals } from "@/server/bridge.mjs";
import { changeVersion, engine } from "@/db/core/client";
import { now } from "@/db/core/clock";
import type { Engine } from "@/db/core/engine";

export type DatabaseHealth =
  | {
      ok: true;
      database: "reachable";
      engine: Engine["name"];
      migrations: { applied: number; expected: number };
    }
  | {
      ok: false;
      database: "reachable";
      engine: Engine["name"];
      migrations: { applied: number; expected: number };
      problem: string;
    }
  | {
      ok: false;
      database: "unreachable";
      engine: Engine["name"];
      problem: string;
    };

/**
 * Whether the database answers and has every one of its engine's migrations applied. Never
 * throws: a health check that crashes tells the hosting team nothing.
 */
export async function checkDatabaseHealth(
  source: Engine = engine(),
): Promise<DatabaseHealth> {
  let applied: number[];
  try {
    applied = await source.appliedMigrations();
  } catch (error) {
    return {
      ok: false,
      database: "unreachable",
      engine: source.name,
      problem: error instanceof Error ? error.message : String(error),
    };
  }
  const expected = readMigrationFiles({
    migrationsFolder: source.migrationsFolder,
  });
  const latestApplied = applied.at(-1) ?? 0;
  const missing = expected.filter(
    (migration) => migration.folderMillis > latestApplied,
  );
  const migrations = { applied: applied.length, expected: expected.length };
  return missing.length === 0
    ? { ok: true, database: "reachable", engine: source.name, migrations }
    : {
        ok: false,
        database: "reachable",
        engine: source.name,
        migrations,
        problem: `${missing.length} migration(s) not applied`,
      };
}

/** Whether the database answers at all, whatever its migrations. */
export async function isDatabaseReachable(): Promise<boolean> {
  return (await checkDatabaseHealth()).database === "reachable";
}

/**
 * Tells server.mjs how to read the change version (its HTML cache keeps a page for one version),
 * whether the database answers (while it does not, kept pages are served as they were), and the
 * app's clock (a kept page that changes at a time is not answered past it).
 */
export function shareCatalogueSignals(): void {
  provideCatalogueSignals({
    version: changeVersion,
    reachable: isDatabaseReachable,
    now: () => now().getTime(),
  });
}
