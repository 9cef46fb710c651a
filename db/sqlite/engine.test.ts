import { describe, expect, it } from "vitest";
import { engine } from "@/db/core/client";
import { openDb } from "./engine";

describe("the SQLite connection", () => {
  it("runs in WAL mode with foreign keys enforced and a busy timeout", async () => {
    expect(engine().name).toBe("sqlite");
    const sqlite = openDb(process.env.DATABASE_PATH as string).$client;
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
  });
});
