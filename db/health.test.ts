import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { closeDb, openDb } from "./client";
import { checkDatabaseHealth } from "./health";

const migrationCount = fs
  .readdirSync(path.join(process.cwd(), "db", "migrations"))
  .filter((name) => name.endsWith(".sql")).length;

describe("the database health check", () => {
  it("is healthy with every migration applied", async () => {
    expect(checkDatabaseHealth()).toEqual({
      ok: true,
      database: "reachable",
      migrations: { applied: migrationCount, expected: migrationCount },
    });
  });

  it("says so when the latest migration has not been applied", async () => {
    const file = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), "health-")),
      "behind.db",
    );
    openDb(file)
      .$client.prepare(
        "DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)",
      )
      .run();
    expect(checkDatabaseHealth(file)).toMatchObject({
      ok: false,
      database: "reachable",
      migrations: { applied: migrationCount - 1, expected: migrationCount },
      problem: "1 migration(s) not applied",
    });
    closeDb(file);
  });

  it("reports an unreachable database instead of throwing", async () => {
    const notAFile = fs.mkdtempSync(path.join(os.tmpdir(), "health-"));
    expect(checkDatabaseHealth(notAFile)).toMatchObject({
      ok: false,
      database: "unreachable",
    });
  });
});
