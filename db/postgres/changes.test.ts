import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { env } from "@/env";
import { engine } from "@/db/core/client";
import { themes } from "@/db/core/schema";
import { postgresEngine } from "./engine";

const waitFor = async (condition: () => boolean | Promise<boolean>) => {
  while (!(await condition())) await sleep(10);
};

describe("hearing of changes made by another instance", () => {
  it("moves this instance's change version when another commits, and never for a rollback", async () => {
    expect(engine().name).toBe("postgres");
    const other = postgresEngine(env.DATABASE_URL!, 2);
    try {
      // Listening starts with the first question, and until it is up every answer is new.
      await waitFor(() => !engine().changeVersion().startsWith("stale"));
      const before = engine().changeVersion();
      await expect(
        other.transaction(async (tx) => {
          await tx.insert(themes).values({
            slug: "never-committed",
            name: "Never committed",
            description: "Rolled back.",
          });
          throw new Error("roll back");
        }),
      ).rejects.toThrow("roll back");
      // A rollback sends nothing; give a NOTIFY time to arrive if one were sent.
      await sleep(200);
      expect(engine().changeVersion()).toBe(before);

      await other.transaction((tx) =>
        tx.insert(themes).values({
          slug: "from-another-instance",
          name: "From another instance",
          description: "Committed elsewhere.",
        }),
      );
      await waitFor(() => engine().changeVersion() !== before);
    } finally {
      await other.close();
    }
  });

  it("treats every cache as stale while its listening connection is down, until it is back", async () => {
    await waitFor(() => !engine().changeVersion().startsWith("stale"));
    const generation = engine().changeVersion().split(":")[0];
    const database = new URL(env.DATABASE_URL!).pathname.slice(1);
    // From another database: one cannot turn connections to a database off from inside it.
    const admin = new pg.Client({
      connectionString: env.DATABASE_URL!.replace(`/${database}`, "/postgres"),
    });
    await admin.connect();
    try {
      // As a database restart or a network break would: the listening connection is cut, and
      // for now it cannot come back.
      await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}' AND query = 'LISTEN catalogue_changed'`,
      );
      await waitFor(() => engine().changeVersion().startsWith("stale"));
      // Every question gets a new answer: nothing can be served from a cache.
      expect(engine().changeVersion()).not.toBe(engine().changeVersion());
      await sleep(300);
      expect(engine().changeVersion()).toMatch(/^stale:/);

      await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
      // It reconnects by itself, in a new generation: nothing cached before is kept.
      await waitFor(() => !engine().changeVersion().startsWith("stale"));
      expect(engine().changeVersion()).toBe(engine().changeVersion());
      expect(engine().changeVersion().split(":")[0]).not.toBe(generation);
    } finally {
      await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
      await admin.end();
    }
  });
});
