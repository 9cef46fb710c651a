import "server-only";
import { and, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { db } from "@/db/core/client";
import { dayOf } from "@/db/core/clock";
import {
  adoptionReports,
  exampleAppearances,
  exampleContacts,
  exampleViews,
  searchOpens,
} from "@/db/core/schema";

/**
 * What people did with an example over a stretch of days, from the counts that know nobody: what
 * its team hears (issue 40's page and monthly summary).
 */
export type Reach = {
  /** Its page answered, rendered or kept. */
  views: number;
  /** Lists of results it was in. */
  appearances: number;
  /** Openings of it from a list of results. */
  openings: number;
  /** Messages sent to its team through "Contact the team". */
  contacts: number;
  /** "We tried this too" reports published. */
  reports: number;
};

export const noReach: Reach = {
  views: 0,
  appearances: 0,
  openings: 0,
  contacts: 0,
  reports: 0,
};

/** The days counted: from `from` up to, not including, `until` (both YYYY-MM-DD). */
export type Days = { from: string; until: string };

/** The calendar month a day is in, as Days: "2026-11-15" gives 1 to 30 November. */
export function monthOf(day: string): Days {
  const start = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  const next = new Date(start);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { from: dayOf(start), until: dayOf(next) };
}

/**
 * Each example's reach over some days, in one query a kind of count: for the examples named, or
 * every example with anything counted when `exampleIds` is "all" (a month's summaries).
 */
export async function readReach(
  exampleIds: number[] | "all",
  days: Days,
): Promise<Map<number, Reach>> {
  const reach = new Map<number, Reach>();
  if (exampleIds !== "all" && exampleIds.length === 0) return reach;
  const add = (
    kind: keyof Reach,
    rows: { exampleId: number; total: unknown }[],
  ) => {
    for (const { exampleId, total } of rows) {
      const counted = reach.get(exampleId) ?? { ...noReach };
      counted[kind] += Number(total ?? 0);
      reach.set(exampleId, counted);
    }
  };
  // Each table's count by example over the days; the columns are named alike on every table.
  const byDay = async (
    kind: keyof Reach,
    table:
      | typeof exampleViews
      | typeof exampleAppearances
      | typeof searchOpens
      | typeof exampleContacts,
    counted: SQLiteColumn,
  ) =>
    add(
      kind,
      await db()
        .select({ exampleId: table.exampleId, total: sql`SUM(${counted})` })
        .from(table)
        .where(
          and(
            gte(table.day, days.from),
            lt(table.day, days.until),
            among(table.exampleId, exampleIds),
          ),
        )
        .groupBy(table.exampleId),
    );
  await Promise.all([
    byDay("views", exampleViews, exampleViews.views),
    byDay("appearances", exampleAppearances, exampleAppearances.appearances),
    byDay("openings", searchOpens, searchOpens.opens),
    byDay("contacts", exampleContacts, exampleContacts.contacts),
    (async () =>
      add(
        "reports",
        await db()
          .select({
            exampleId: adoptionReports.exampleId,
            total: sql`COUNT(*)`,
          })
          .from(adoptionReports)
          .where(
            and(
              eq(adoptionReports.status, "published"),
              gte(adoptionReports.publishedAt, dayStart(days.from)),
              lt(adoptionReports.publishedAt, dayStart(days.until)),
              among(adoptionReports.exampleId, exampleIds),
            ),
          )
          .groupBy(adoptionReports.exampleId),
      ))(),
  ]);
  return reach;
}

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

const among = (
  column: SQLiteColumn,
  exampleIds: number[] | "all",
): SQL | undefined =>
  exampleIds === "all" ? undefined : inArray(column, exampleIds);
