import "server-only";
import { and, asc, desc, eq, gte, inArray, notExists, sql } from "drizzle-orm";
import { db } from "@/db/core/client";
import { dayOf, now } from "@/db/core/clock";
import {
  exampleContacts,
  examples,
  exampleThemes,
  exampleViews,
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

export type NoResultsQuery = {
  query: string;
  searches: number;
  lastDay: string;
};

/** What the three lists of searches show, read in one pass over the period's counts. */
export type SearchReports = {
  /** The words searched most often. */
  top: QueryCount[];
  /** Queries that found nothing: what the search should learn or the catalogue lacks. */
  noResults: NoResultsQuery[];
  /** Queries that found examples, none of which anyone opened from the results. */
  nobodyOpened: { query: string; searches: number }[];
};

const byCount =
  <T extends { query: string }>(count: (row: T) => number) =>
  (a: T, b: T) =>
    count(b) - count(a) || (a.query < b.query ? -1 : a.query > b.query ? 1 : 0);

/**
 * The period's searches by query, for the queries shown (searched on three separate days or
 * more): one pass over the counts (an index covers it) and one over the openings' queries.
 */
export async function readSearchReports(
  period: InsightsPeriod,
  today = now(),
): Promise<SearchReports> {
  const from = periodStart(period, today);
  const none = sql`${searchCounts.results} = 'none'`;
  const [totals, opened] = await Promise.all([
    db()
      .select({
        query: searchCounts.query,
        searches: sql<number>`SUM(${searchCounts.searches})`,
        withoutResults: sql<number>`SUM(CASE WHEN ${none} THEN ${searchCounts.searches} ELSE 0 END)`,
        lastWithout: sql<
          string | null
        >`MAX(CASE WHEN ${none} THEN ${searchCounts.day} END)`,
      })
      .from(searchCounts)
      .where(
        and(
          gte(searchCounts.day, from),
          inArray(searchCounts.query, shownQueries()),
        ),
      )
      .groupBy(searchCounts.query),
    db()
      .selectDistinct({ query: searchOpens.query })
      .from(searchOpens)
      .where(gte(searchOpens.day, from)),
  ]);
  const openedQueries = new Set(opened.map(({ query }) => query));
  const rows = totals.map((row) => ({
    query: row.query,
    searches: count(row.searches),
    withoutResults: count(row.withoutResults),
    lastWithout: row.lastWithout,
  }));
  return {
    top: rows
      .sort(byCount((row) => row.searches))
      .slice(0, listLength)
      .map(({ query, searches, withoutResults }) => ({
        query,
        searches,
        withoutResults,
      })),
    noResults: rows
      .filter((row) => row.withoutResults > 0)
      .sort(byCount((row) => row.withoutResults))
      .slice(0, listLength)
      .map((row) => ({
        query: row.query,
        searches: row.withoutResults,
        lastDay: row.lastWithout!,
      })),
    nobodyOpened: rows
      .map((row) => ({
        query: row.query,
        searches: row.searches - row.withoutResults,
      }))
      .filter((row) => row.searches > 0 && !openedQueries.has(row.query))
      .sort(byCount((row) => row.searches))
      .slice(0, listLength),
  };
}

export type OpenedExample = {
  reference: string;
  title: string;
  opens: number;
  /** Opens from the first three results. */
  fromTopThree: number;
  /** The average position it was opened from, 1 being the first result. */
  averagePosition: number;
  /** Messages sent to its team through "Contact the team" in the period. */
  contacted: number;
};

/** The examples opened most often from results, and from how far down. */
export async function mostOpenedExamples(
  period: InsightsPeriod,
  today = now(),
): Promise<OpenedExample[]> {
  // Counted by example id first (an index covers it), then the few examples named.
  const opens = sql<number>`SUM(${searchOpens.opens})`;
  const counted = await db()
    .select({
      exampleId: searchOpens.exampleId,
      opens,
      fromTopThree: sql<number>`SUM(CASE WHEN ${searchOpens.position} <= 3 THEN ${searchOpens.opens} ELSE 0 END)`,
      positionTotal: sql<number>`SUM(${searchOpens.position} * ${searchOpens.opens})`,
    })
    .from(searchOpens)
    .where(gte(searchOpens.day, periodStart(period, today)))
    .groupBy(searchOpens.exampleId)
    .orderBy(desc(opens), asc(searchOpens.exampleId))
    .limit(listLength);
  if (counted.length === 0) return [];
  const ids = counted.map((row) => row.exampleId);
  const contacted = new Map(
    (
      await db()
        .select({
          exampleId: exampleContacts.exampleId,
          contacts: sql<number>`SUM(${exampleContacts.contacts})`,
        })
        .from(exampleContacts)
        .where(
          and(
            gte(exampleContacts.day, periodStart(period, today)),
            inArray(exampleContacts.exampleId, ids),
          ),
        )
        .groupBy(exampleContacts.exampleId)
    ).map((row) => [row.exampleId, count(row.contacts)]),
  );
  const named = new Map(
    (
      await db()
        .select({
          id: examples.id,
          reference: examples.reference,
          title: examples.title,
        })
        .from(examples)
        .where(inArray(examples.id, ids))
    ).map((example) => [example.id, example]),
  );
  return counted.flatMap((row) => {
    const example = named.get(row.exampleId);
    if (!example) return [];
    return [
      {
        reference: example.reference,
        title: example.title,
        opens: count(row.opens),
        fromTopThree: count(row.fromTopThree),
        averagePosition:
          Math.round(
            (count(row.positionTotal) / Math.max(1, count(row.opens))) * 10,
          ) / 10,
        contacted: contacted.get(row.exampleId) ?? 0,
      },
    ];
  });
}

export type ViewedExample = { reference: string; title: string; views: number };

/** The examples whose pages were viewed most in the period, kept pages counted too. */
export async function mostViewedExamples(
  period: InsightsPeriod,
  today = now(),
): Promise<ViewedExample[]> {
  const views = sql<number>`SUM(${exampleViews.views})`;
  const rows = await db()
    .select({
      reference: examples.reference,
      title: examples.title,
      views,
    })
    .from(exampleViews)
    .innerJoin(examples, eq(examples.id, exampleViews.exampleId))
    .where(gte(exampleViews.day, periodStart(period, today)))
    .groupBy(examples.id, examples.reference, examples.title)
    .orderBy(desc(views), asc(examples.reference))
    .limit(listLength);
  return rows.map((row) => ({ ...row, views: count(row.views) }));
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
