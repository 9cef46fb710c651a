import "server-only";
import { and, asc, desc, eq, gte, inArray, notExists, sql } from "drizzle-orm";
import { db } from "@/db/core/client";
import { dayOf, now } from "@/db/core/clock";
import {
  examples,
  exampleThemes,
  searchCounts,
  searchOpens,
  themes,
} from "@/db/core/schema";

/**
 * The Insights page's reports, read from the counts db/insights/recording.ts keeps. A query
 * appears in a list only once it has been searched on at least three separate days, so a search
 * made once (a name, a mistyped thought) is never shown to anyone.
 */

export const insightsPeriods = {
  weeks: "Last 12 weeks",
  months: "Last 13 months",
} as const;
export type InsightsPeriod = keyof typeof insightsPeriods;

/** How many separate days a query must have been searched on before any report shows it. */
export const daysBeforeShown = 3;

/** Rows in each list, on the page and in its CSV alike. */
export const listLength = 25;

const weekMs = 7 * 24 * 3_600_000;

/** Monday of the week (UTC) a day is in. */
function mondayOf(time: Date): Date {
  const monday = new Date(
    Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate()),
  );
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return monday;
}

/** The first day of each week or month in the period, oldest first. */
export function periodBuckets(period: InsightsPeriod, today: Date): Date[] {
  if (period === "weeks") {
    const last = mondayOf(today).getTime();
    return Array.from(
      { length: 12 },
      (_, i) => new Date(last - (11 - i) * weekMs),
    );
  }
  return Array.from(
    { length: 13 },
    (_, i) =>
      new Date(
        Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (12 - i), 1),
      ),
  );
}

/** The first day (YYYY-MM-DD) of a period ending today. */
export function periodStart(period: InsightsPeriod, today: Date): string {
  return dayOf(periodBuckets(period, today)[0]!);
}

const count = (value: unknown) => Number(value ?? 0);

/** Queries searched on at least three separate days, ever (within the 13 months kept). */
const shownQueries = () =>
  db()
    .select({ query: searchCounts.query })
    .from(searchCounts)
    .groupBy(searchCounts.query)
    .having(sql`COUNT(DISTINCT ${searchCounts.day}) >= ${daysBeforeShown}`);

export type SearchesInBucket = {
  start: Date;
  searches: number;
  withoutResults: number;
};

/** Searches (all of them, shown or not) in each week or month of the period. */
export async function searchesOverTime(
  period: InsightsPeriod,
  today = now(),
): Promise<SearchesInBucket[]> {
  const buckets = periodBuckets(period, today);
  const days = await db()
    .select({
      day: searchCounts.day,
      searches: sql<number>`SUM(${searchCounts.searches})`,
      withoutResults: sql<number>`SUM(CASE WHEN ${searchCounts.results} = 'none' THEN ${searchCounts.searches} ELSE 0 END)`,
    })
    .from(searchCounts)
    .where(gte(searchCounts.day, dayOf(buckets[0]!)))
    .groupBy(searchCounts.day);
  const totals = buckets.map((start) => ({
    start,
    searches: 0,
    withoutResults: 0,
  }));
  for (const row of days) {
    const day = new Date(`${row.day}T00:00:00Z`);
    const i = buckets.findLastIndex((start) => start <= day);
    if (i === -1) continue;
    totals[i]!.searches += count(row.searches);
    totals[i]!.withoutResults += count(row.withoutResults);
  }
  return totals;
}

export type QueryCount = {
  query: string;
  searches: number;
  withoutResults: number;
};

/** The most searched queries in the period. */
export async function topSearches(
  period: InsightsPeriod,
  today = now(),
): Promise<QueryCount[]> {
  const searches = sql<number>`SUM(${searchCounts.searches})`;
  const rows = await db()
    .select({
      query: searchCounts.query,
      searches,
      withoutResults: sql<number>`SUM(CASE WHEN ${searchCounts.results} = 'none' THEN ${searchCounts.searches} ELSE 0 END)`,
    })
    .from(searchCounts)
    .where(
      and(
        gte(searchCounts.day, periodStart(period, today)),
        inArray(searchCounts.query, shownQueries()),
      ),
    )
    .groupBy(searchCounts.query)
    .orderBy(desc(searches), asc(searchCounts.query))
    .limit(listLength);
  return rows.map((row) => ({
    query: row.query,
    searches: count(row.searches),
    withoutResults: count(row.withoutResults),
  }));
}

export type NoResultsQuery = {
  query: string;
  searches: number;
  lastDay: string;
};

/** Queries that found nothing, most often first: what the search should learn or the catalogue lacks. */
export async function searchesWithNoResults(
  period: InsightsPeriod,
  today = now(),
): Promise<NoResultsQuery[]> {
  const searches = sql<number>`SUM(${searchCounts.searches})`;
  const rows = await db()
    .select({
      query: searchCounts.query,
      searches,
      lastDay: sql<string>`MAX(${searchCounts.day})`,
    })
    .from(searchCounts)
    .where(
      and(
        eq(searchCounts.results, "none"),
        gte(searchCounts.day, periodStart(period, today)),
        inArray(searchCounts.query, shownQueries()),
      ),
    )
    .groupBy(searchCounts.query)
    .orderBy(desc(searches), asc(searchCounts.query))
    .limit(listLength);
  return rows.map((row) => ({
    query: row.query,
    searches: count(row.searches),
    lastDay: row.lastDay,
  }));
}

/** Queries that found examples, none of which anyone opened from the results in the period. */
export async function searchesNobodyOpened(
  period: InsightsPeriod,
  today = now(),
): Promise<{ query: string; searches: number }[]> {
  const from = periodStart(period, today);
  const searches = sql<number>`SUM(${searchCounts.searches})`;
  const rows = await db()
    .select({ query: searchCounts.query, searches })
    .from(searchCounts)
    .where(
      and(
        sql`${searchCounts.results} <> 'none'`,
        gte(searchCounts.day, from),
        inArray(searchCounts.query, shownQueries()),
        notExists(
          db()
            .select({ one: sql`1` })
            .from(searchOpens)
            .where(
              and(
                eq(searchOpens.query, searchCounts.query),
                gte(searchOpens.day, from),
              ),
            ),
        ),
      ),
    )
    .groupBy(searchCounts.query)
    .orderBy(desc(searches), asc(searchCounts.query))
    .limit(listLength);
  return rows.map((row) => ({
    query: row.query,
    searches: count(row.searches),
  }));
}

export type OpenedExample = {
  reference: string;
  title: string;
  opens: number;
  /** Opens from the first three results. */
  fromTopThree: number;
  /** The average position it was opened from, 1 being the first result. */
  averagePosition: number;
};

/** The examples opened most often from results, and from how far down. */
export async function mostOpenedExamples(
  period: InsightsPeriod,
  today = now(),
): Promise<OpenedExample[]> {
  const opens = sql<number>`SUM(${searchOpens.opens})`;
  const rows = await db()
    .select({
      reference: examples.reference,
      title: examples.title,
      opens,
      fromTopThree: sql<number>`SUM(CASE WHEN ${searchOpens.position} <= 3 THEN ${searchOpens.opens} ELSE 0 END)`,
      positionTotal: sql<number>`SUM(${searchOpens.position} * ${searchOpens.opens})`,
    })
    .from(searchOpens)
    .innerJoin(examples, eq(examples.id, searchOpens.exampleId))
    .where(gte(searchOpens.day, periodStart(period, today)))
    .groupBy(examples.id, examples.reference, examples.title)
    .orderBy(desc(opens), asc(examples.reference))
    .limit(listLength);
  return rows.map((row) => ({
    reference: row.reference,
    title: row.title,
    opens: count(row.opens),
    fromTopThree: count(row.fromTopThree),
    averagePosition:
      Math.round(
        (count(row.positionTotal) / Math.max(1, count(row.opens))) * 10,
      ) / 10,
  }));
}

/** Themes with no example published in the 12 months up to today. */
export async function themesWithoutNewExamples(
  today = now(),
): Promise<{ slug: string; name: string }[]> {
  const since = new Date(today);
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  return db()
    .select({ slug: themes.slug, name: themes.name })
    .from(themes)
    .where(
      notExists(
        db()
          .select({ one: sql`1` })
          .from(exampleThemes)
          .innerJoin(examples, eq(examples.id, exampleThemes.exampleId))
          .where(
            and(
              eq(exampleThemes.themeId, themes.id),
              eq(examples.status, "published"),
              gte(examples.publishedAt, since),
            ),
          ),
      ),
    )
    .orderBy(asc(themes.name));
}
