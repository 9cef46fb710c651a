import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { engine } from "@/db/core/client";
import { checkDatabaseHealth } from "./health";
import { forgetLatestMigration, unreachableEngine } from "@/db/testing";

const migrationCount = () =>
  fs
    .readdirSync(engine().migrationsFolder)
    .filter((name) => name.endsWith(".sql")).length;

describe("the database health check", () => {
  it("is healthy with every migration applied", async () => {
    expect(await checkDatabaseHealth()).toEqual({
      ok: true,
      database: "reachable",
      engine: engine().name,
      migrations: { applied: migrationCount(), expected: migrationCount() },
    });
  });

  it("reports an unreachable database instead of throwing", async () => {
    const nowhere = unreachableEngine();
    try {
      expect(await checkDatabaseHealth(nowhere)).toMatchObject({
        ok: false,
        database: "unreachable",
      });
    } finally {
      await nowhere.close();
    }
  });

  // Last, because it leaves this file's database one migration behind.
  it("says so when the latest migration has not been applied", async () => {
    await forgetLatestMigration();
    expect(await checkDatabaseHealth()).toMatchObject({
      ok: false,
      database: "reachable",
      migrations: {
        applied: migrationCount() - 1,
        expected: migrationCount(),
      },
      problem: "1 migration(s) not applied",
    });
  });
});
