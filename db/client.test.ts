import { describe, expect, it } from "vitest";
import { db } from "./client";

describe("the database connection", () => {
  it("runs in WAL mode with foreign keys enforced and a busy timeout", async () => {
    const sqlite = db().$client;
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("refuses a status, care setting or share outside the allowed values", async () => {
    const sqlite = db().$client;
    const insert = (status: string, careSetting: string | null) =>
      sqlite
        .prepare(
          `INSERT INTO examples (slug, reference, title, summary, problem, approach, impact, care_setting, status, created_at, updated_at)
           VALUES (?, 'IX-9999', 't', 's', 'p', 'a', 'i', ?, ?, 0, 0)`,
        )
        .run(`check-${status}-${careSetting}`, careSetting, status);
    expect(() => insert("live", null)).toThrow(/CHECK constraint failed/);
    expect(() => insert("pending", "hospital")).toThrow(
      /CHECK constraint failed/,
    );
    expect(() =>
      sqlite
        .prepare(
          `INSERT INTO survey_statements (slug, survey_name, survey_year, statement, finding, agree, source_title, source_url, position)
           VALUES ('x', 's', 2023, 's', 'f', 101, 't', 'u', 9)`,
        )
        .run(),
    ).toThrow(/CHECK constraint failed/);
  });
});
