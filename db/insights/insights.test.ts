import { afterEach, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { changeVersion, db, transaction } from "@/db/core/client";
import { exampleViews, searchCounts, searchOpens } from "@/db/core/schema";
import { seedCatalogue } from "@/db/catalogue";
import { insertTestExample } from "@/db/testing";
import {
  countOpening,
  countSearch,
  countView,
  maxCountedQueryLength,
  mostViewedExamples,
  noteResultsShown,
  shownListsKeptMs,
  forgetOldInsights,
  readSearchReports,
  searchesOverTime,
  writeCounts,
  writeInsights,
} from "./index";

const reportsOn = (day: string) =>
  readSearchReports("weeks", new Date(`${day}T12:00:00Z`));

await seedCatalogue();

/** Sets the clock (Date only) to a day at noon UTC. */
function onDay(day: string) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${day}T12:00:00Z`));
}

afterEach(() => {
  vi.useRealTimers();
});

const search = (q: string, total: number, extra: object = {}) =>
  countSearch({ q, ...extra }, { total });

const storedQueries = async () =>
  (await db().select().from(searchCounts)).map((row) => row.query);

describe("counting searches", () => {
  it("shows a query only once it has been searched on three separate days", async () => {
    for (const day of ["2026-03-02", "2026-03-02", "2026-03-09"]) {
      onDay(day);
      search("Virtual  Wards!", 0);
    }
    await writeInsights();
    const today = new Date("2026-03-20T12:00:00Z");
    expect(await reportsOn("2026-03-20")).toEqual({
      top: [],
      noResults: [],
      nobodyOpened: [],
    });

    onDay("2026-03-16");
    search("virtual wards", 0);
    await writeInsights();
    const reports = await reportsOn("2026-03-20");
    expect(reports.noResults).toEqual([
      { query: "virtual wards", searches: 4, lastDay: "2026-03-16" },
    ]);
    expect(reports.top).toEqual([
      { query: "virtual wards", searches: 4, withoutResults: 4 },
    ]);
    // Every search counts over time, shown or not.
    const weeks = await searchesOverTime("weeks", today);
    expect(weeks.reduce((sum, week) => sum + week.searches, 0)).toBe(4);
  });

  it("merges counts written by two instances at once for the same day, query and filters", async () => {
    const key = {
      day: "2026-04-01",
      query: "discharge",
      filters: "setting=acute",
      results: "more" as const,
    };
    // Each instance's batch, written at the same moment.
    await Promise.all([
      writeCounts([{ key, count: 2 }], []),
      writeCounts([{ key, count: 5 }], []),
    ]);
    onDay("2026-04-01");
    search("Discharge", 5, { settings: ["acute"] });
    await writeInsights();
    const rows = await db()
      .select()
      .from(searchCounts)
      .where(eq(searchCounts.query, "discharge"));
    expect(rows).toEqual([{ ...key, searches: 8 }]);
  });

  it("counts a later page of the same search as no new search", async () => {
    onDay("2026-04-02");
    search("rostering", 40, { page: 2 });
    await writeInsights();
    expect(await storedQueries()).not.toContain("rostering");
  });

  it("keeps nothing of a query that looks like personal data", async () => {
    onDay("2026-04-03");
    for (const q of [
      "jo.bloggs@nhs.net referral",
      "943 476 5919",
      "4857773456",
      "clinic LS1 4AP",
    ])
      search(q, 0);
    await writeInsights();
    const stored = await storedQueries();
    for (const text of ["nhs.net", "5919", "4857773456", "4ap"])
      expect(stored.join("|")).not.toContain(text);
  });

  it("keeps a long query cut to 100 characters", async () => {
    onDay("2026-04-04");
    const long = `${"handover ".repeat(30)}end`;
    search(long, 2);
    await writeInsights();
    const kept = (await storedQueries()).find((query) =>
      query.startsWith("handover handover"),
    );
    expect(kept).toBeDefined();
    expect([...kept!].length).toBeLessThanOrEqual(maxCountedQueryLength);
  });

  it("deletes counts older than 13 months and keeps the rest", async () => {
    await transaction((tx) =>
      tx.insert(searchCounts).values([
        { day: "2025-01-31", query: "old", results: "none", searches: 1 },
        { day: "2025-02-01", query: "kept", results: "none", searches: 1 },
      ]),
    );
    const deleted = await forgetOldInsights(new Date("2026-03-01T09:00:00Z"));
    expect(deleted).toBeGreaterThanOrEqual(1);
    const left = await storedQueries();
    expect(left).toContain("kept");
    expect(left).not.toContain("old");
  });

  it("counts openings by example and position, and lists searches nobody opened", async () => {
    const example = await insertTestExample({ title: "Theatre scheduling" });
    for (const day of ["2026-05-04", "2026-05-05", "2026-05-06"]) {
      onDay(day);
      search("theatre scheduling", 2);
      search("theatre lists", 2);
    }
    const opening = {
      q: "Theatre  scheduling",
      reference: example.reference,
      position: 2,
    };
    // Nobody was shown a list with it: not counted.
    expect(await countOpening(opening)).toBe("not shown");
    noteResultsShown("theatre scheduling", [example.reference]);
    expect(await countOpening(opening)).toBe("counted");
    // Another list, or the same one more than an hour ago, does not count either.
    expect(await countOpening({ ...opening, q: "theatre lists" })).toBe(
      "not shown",
    );
    expect(
      await countOpening(opening, Date.now() + shownListsKeptMs + 1000),
    ).toBe("not shown");
    expect(
      await countOpening({ q: "x", reference: "IX-99999", position: 1 }),
    ).toBe("unknown");
    await writeInsights();
    const opens = await db()
      .select()
      .from(searchOpens)
      .where(eq(searchOpens.exampleId, example.id));
    expect(opens).toEqual([
      {
        day: "2026-05-06",
        query: "theatre scheduling",
        exampleId: example.id,
        position: 2,
        opens: 1,
      },
    ]);
    const nobody = (await reportsOn("2026-05-07")).nobodyOpened;
    expect(nobody.map((row) => row.query)).toContain("theatre lists");
    expect(nobody.map((row) => row.query)).not.toContain("theatre scheduling");
  });

  it("never moves the catalogue's change version, so no cache is dropped", async () => {
    // On PostgreSQL every answer is new until its listening connection is up.
    await vi.waitFor(() => expect(changeVersion()).not.toMatch(/^stale:/), {
      timeout: 30_000,
      interval: 20,
    });
    const before = changeVersion();
    onDay("2026-06-01");
    search("handover", 4);
    await writeInsights();
    expect(changeVersion()).toBe(before);
    await insertTestExample({ title: "Handover tool" });
    expect(changeVersion()).not.toBe(before);
  });

  it("counts nothing at all for a search with no words", async () => {
    const before = await db()
      .select({ rows: sql<number>`COUNT(*)` })
      .from(searchCounts);
    search("   ", 0);
    await writeInsights();
    const after = await db()
      .select({ rows: sql<number>`COUNT(*)` })
      .from(searchCounts);
    expect(Number(after[0]!.rows)).toBe(Number(before[0]!.rows));
  });
});

describe("counting page views", () => {
  it("counts each example's views by day, merges two instances' counts, and lists the most viewed", async () => {
    const one = await insertTestExample({ title: "Okapi ward round" });
    const other = await insertTestExample({ title: "Okapi night round" });
    onDay("2026-11-02");
    countView(one.id);
    countView(one.id);
    countView(other.id);
    await writeInsights();
    // Another instance's counts for the same day add to these.
    await writeCounts(
      [],
      [],
      [{ key: { day: "2026-11-02", exampleId: one.id }, count: 3 }],
    );
    const viewed = await mostViewedExamples(
      "weeks",
      new Date("2026-11-03T12:00:00Z"),
    );
    const okapis = viewed.filter((row) => row.title.startsWith("Okapi"));
    expect(okapis).toEqual([
      { reference: one.reference, title: "Okapi ward round", views: 5 },
      { reference: other.reference, title: "Okapi night round", views: 1 },
    ]);
  });

  it("forgets views older than 13 months", async () => {
    const example = await insertTestExample({ title: "Okapi old round" });
    await transaction((tx) =>
      tx.insert(exampleViews).values([
        { day: "2025-01-31", exampleId: example.id, views: 4 },
        { day: "2025-02-01", exampleId: example.id, views: 2 },
      ]),
    );
    await forgetOldInsights(new Date("2026-03-01T09:00:00Z"));
    const left = await db()
      .select({ day: exampleViews.day })
      .from(exampleViews)
      .where(eq(exampleViews.exampleId, example.id));
    expect(left).toEqual([{ day: "2025-02-01" }]);
  });
});
