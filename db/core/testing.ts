import { env } from "@/env";
import { postgresDatabases, postgresTesting } from "@/db/postgres/testing";
import { sqliteDatabases, sqliteTesting } from "@/db/sqlite/testing";
import type { EngineTesting, TestDatabases } from "./engine";

/** The active engine's test helpers (see db/testing), chosen as client.ts chooses the engine. */
export function engineTesting(): EngineTesting {
  return env.DATABASE_URL
    ? postgresTesting(env.DATABASE_URL)
    : sqliteTesting(env.DATABASE_PATH);
}

/** Every engine's fresh databases, the embedded default first. */
export const testDatabaseKinds: TestDatabases[] = [
  sqliteDatabases,
  postgresDatabases,
];
