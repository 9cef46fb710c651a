import "server-only";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import {
  cacheUntilDataChanges,
  db,
  transaction,
  type Transaction,
} from "@/db/core/client";
import { dayOf, now } from "@/db/core/clock";
import {
  exampleContacts,
  exampleAppearances,
  examples,
  exampleViews,
  searchCounts,
  searchOpens,
} from "@/db/core/schema";
import { normaliseQuery } from "@/db/search";
import { env } from "@/env";
import {
  chosenValues,
  searchFilters,
  type FilterParams,
  type ResultBand,
} from "@/db/options";
import { looksLikePersonalData } from "./personal-data";

/**
 * Counting searches, openings and page views for the Insights page, without knowing who. Each search adds one
 * to a count in memory for (day, query as the search read it, filters, how many results); each
 * opening of an example from a list of results, to (day, query, example, position). Nothing
 * about the person (address, cookie, session, browser) is ever passed in. Every few seconds each
 * instance adds its counts to the database's in one transaction, so several instances merge; a
 * failed write keeps the counts for the next try, and a search never waits for any of it.
 */

/** At most one write each few seconds per instance. */
export const insightsWriteIntervalMs = 5_000;

/** Counts are kept for 13 months, then deleted. */
export const insightsKeptMonths = 13;

// Counts waiting to be written are bounded: past this many different keys (only while the
// database cannot be reached for a long time), new keys are dropped and counted as dropped.
const maxPendingKeys = 50_000;

export type SearchKey = {
  day: string;
  query: string;
  filters: string;
  results: ResultBand;
};
export type OpenKey = {
  day: string;
  query: string;
  exampleId: number;
  position: number;
};
export type ViewKey = { day: string; exampleId: number };
export type AppearanceKey = { day: string; reference: string };
type Counted<T> = { key: T; count: number };
type Pending<T> = Map<string, Counted<T>>;

/** The longest query kept, in characters: a longer one is kept cut to this. */
export const maxCountedQueryLength = 100;

/**
 * How long this instance remembers a list of results it answered: an opening is counted only
 * from a list someone was shown, so that nobody can count openings of made-up searches.
 */
export const shownListsKeptMs = 60 * 60 * 1000;
// At most this many lists are remembered; past it, the oldest are forgotten first.
const maxShownLists = 20_000;

type ShownList = { references: Set<string>; at: number };

// On globalThis, so that every copy of this module in the server bundle adds to one batch.
const state = ((globalThis as { searchInsights?: unknown }).searchInsights ??= {
  searches: new Map(),
  opens: new Map(),
  views: new Map(),
  appearances: new Map(),
  shown: new Map(),
  dropped: 0,
  timer: null,
  writing: null,
  lastRetention: 0,
}) as {
  searches: Pending<SearchKey>;
  opens: Pending<OpenKey>;
  views: Pending<ViewKey>;
  appearances: Pending<AppearanceKey>;
  /** Lists of results answered, by query as counted, oldest first. */
  shown: Map<string, ShownList>;
  dropped: number;
  timer: NodeJS.Timeout | null;
  writing: Promise<void> | null;
  lastRetention: number;
};

/** Whether this instance records searches (SEARCH_INSIGHTS, on unless "off"). */
export function isRecordingSearches(): boolean {
  return env.SEARCH_INSIGHTS === "on";
}

function add<T>(pending: Pending<T>, key: T, count = 1) {
  const id = JSON.stringify(key);
  const existing = pending.get(id);
  if (existing) existing.count += count;
  else if (pending.size < maxPendingKeys) pending.set(id, { key, count });
  else state.dropped += count;
}

function startWriting() {
  if (state.timer) return;
  state.timer = setInterval(() => {
    void writeInsights();
  }, insightsWriteIntervalMs);
  // Never the reason a process stays alive.
  state.timer.unref();
}

/** The band insights count a search's results in. */
export function resultBand(total: number): ResultBand {
  return total === 0 ? "none" : total <= 3 ? "few" : "more";
}

/**
 * The query as insights keep it: the words the search read, or null when it must not be kept
 * (nothing searched, or something that looks like personal data).
 */
export function queryToCount(q: string | undefined): string | null {
  const raw = (q ?? "").trim();
  if (!raw || looksLikePersonalData(raw)) return null;
  const query = normaliseQuery(raw);
  if (!query || looksLikePersonalData(query)) return null;
  const characters = [...query];
  return characters.length > maxCountedQueryLength
    ? characters.slice(0, maxCountedQueryLength).join("").trimEnd()
    : query;
}

/** The query a list of results is remembered by: "" for a list with no words (browsing). */
const listKey = (q: string | undefined) =>
  (q ?? "").trim() ? queryToCount(q) : "";

/**
 * Remembers, for an hour, which examples a list of results showed for a query: the search page,
 * a theme's page or the search API answered it (or server.mjs answered a kept copy).
 */
export function noteResultsShown(
  q: string | undefined,
  references: string[],
  at = Date.now(),
): void {
  if (!isRecordingSearches()) return;
  const key = listKey(q);
  if (key === null) return;
  const list = state.shown.get(key);
  // Moved to the end: the newest list is forgotten last.
  state.shown.delete(key);
  const kept = list && at - list.at < shownListsKeptMs ? list.references : [];
  state.shown.set(key, {
    references: new Set([...kept, ...references.map((r) => r.toUpperCase())]),
    at,
  });
  while (state.shown.size > maxShownLists)
    state.shown.delete(state.shown.keys().next().value!);
}

/** Whether this instance showed an example in a list of results for a query within the hour. */
function wasShown(q: string | undefined, reference: string, at: number) {
  const key = listKey(q);
  const list = key === null ? undefined : state.shown.get(key);
  return (
    list !== undefined &&
    at - list.at < shownListsKeptMs &&
    list.references.has(reference)
  );
}

/** A search's themes and filters as one stable string: "setting=acute&theme=workforce", "" for none. */
export function filtersText(
  params: FilterParams & { themes?: string[] },
): string {
  const chosen = chosenValues(params);
  return [
    ...[...(params.themes ?? [])].sort().map((theme) => `theme=${theme}`),
    ...searchFilters.flatMap((filter) =>
      [...chosen[filter.key]].sort().map((value) => `${filter.param}=${value}`),
    ),
  ].join("&");
}

/**
 * Counts a search someone made (the search page, a theme's search, the search API), from its
 * words, filters and number of results. Later pages of the same search are not new searches.
 */
export function countSearch(
  params: FilterParams & { q?: string; themes?: string[]; page?: number },
  found: { total: number },
): void {
  if (!isRecordingSearches() || (params.page ?? 1) !== 1) return;
  const query = queryToCount(params.q);
  if (query === null) return;
  add(state.searches, {
    day: dayOf(now()),
    query,
    filters: filtersText(params),
    results: resultBand(found.total),
  });
  startWriting();
}

/** Counts one view of a published example's page, rendered or kept: by day, knowing nobody. */
export function countView(exampleId: number): void {
  if (!isRecordingSearches()) return;
  add(state.views, { day: dayOf(now()), exampleId });
  startWriting();
}

/** Counts each example a list of results showed (by reference): once a list, by day. */
export function countAppearances(references: string[]): void {
  if (!isRecordingSearches() || references.length === 0) return;
  const day = dayOf(now());
  for (const reference of new Set(references.map((r) => r.toUpperCase())))
    add(state.appearances, { day, reference });
  startWriting();
}

// Published examples' ids by reference, for openings: every opening would otherwise read one.
const publishedIds = cacheUntilDataChanges<{ id: number | null }>(1000);

/**
 * Counts one opening of a published example (by reference) from a list of results, at a
 * position (1 is the first): "unknown" when no published example has that reference, and "not
 * shown" (nothing counted) when this instance showed no such list within the hour.
 */
export async function countOpening(
  opening: {
    q: string | undefined;
    reference: string;
    position: number;
  },
  at = Date.now(),
): Promise<"counted" | "not shown" | "unknown"> {
  const reference = opening.reference.toUpperCase();
  const { id } = await publishedIds(reference, async () => {
    const [row] = await db()
      .select({ id: examples.id })
      .from(examples)
      .where(
        and(
          eq(examples.reference, reference),
          eq(examples.status, "published"),
        ),
      );
    return { id: row?.id ?? null };
  });
  if (id === null) return "unknown";
  if (!wasShown(opening.q, reference, at)) return "not shown";
  countOpeningOf({ ...opening, exampleId: id });
  return "counted";
}

function countOpeningOf(opening: {
  q: string | undefined;
  exampleId: number;
  position: number;
}): void {
  if (!isRecordingSearches()) return;
  // An opening from a list with no words (browsing) is kept with the query "".
  const query = (opening.q ?? "").trim() ? queryToCount(opening.q) : "";
  if (query === null) return;
  add(state.opens, {
    day: dayOf(now()),
    query,
    exampleId: opening.exampleId,
    position: opening.position,
  });
  startWriting();
}

const rowsPerInsert = 500;

function chunks<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += rowsPerInsert)
    result.push(rows.slice(i, i + rowsPerInsert));
  return result;
}

/**
 * Adds one instance's counts to the database's in one transaction: what each instance does every
 * few seconds, so counts from several instances add up.
 */
export async function writeCounts(
  searches: Counted<SearchKey>[],
  opens: Counted<OpenKey>[],
  views: Counted<ViewKey>[] = [],
  appearances: Counted<AppearanceKey>[] = [],
): Promise<void> {
  await transaction(async (tx) => {
    // Appearances are counted by reference; an example gone since has nothing to count against.
    const idOf = new Map<string, number>();
    const references = [
      ...new Set(appearances.map(({ key }) => key.reference)),
    ];
    for (const some of chunks(references))
      for (const { id, reference } of await tx
        .select({ id: examples.id, reference: examples.reference })
        .from(examples)
        .where(inArray(examples.reference, some)))
        idOf.set(reference, id);
    const appeared = appearances.flatMap(({ key, count }) => {
      const exampleId = idOf.get(key.reference);
      return exampleId === undefined
        ? []
        : [{ day: key.day, exampleId, appearances: count }];
    });
    for (const rows of chunks(appeared))
      await tx
        .insert(exampleAppearances)
        .values(rows)
        .onConflictDoUpdate({
          target: [exampleAppearances.day, exampleAppearances.exampleId],
          set: {
            appearances: sql`${exampleAppearances.appearances} + excluded.appearances`,
          },
        });
    for (const rows of chunks(searches))
      await tx
        .insert(searchCounts)
        .values(rows.map(({ key, count }) => ({ ...key, searches: count })))
        .onConflictDoUpdate({
          target: [
            searchCounts.day,
            searchCounts.query,
            searchCounts.filters,
            searchCounts.results,
          ],
          set: {
            searches: sql`${searchCounts.searches} + excluded.searches`,
          },
        });
    // An example deleted since it was opened or viewed has nothing to count against.
    const ids = [
      ...new Set([...opens, ...views].map(({ key }) => key.exampleId)),
    ];
    const existing = new Set<number>();
    for (const some of chunks(ids))
      for (const { id } of await tx
        .select({ id: examples.id })
        .from(examples)
        .where(inArray(examples.id, some)))
        existing.add(id);
    const kept = opens.filter(({ key }) => existing.has(key.exampleId));
    for (const rows of chunks(kept))
      await tx
        .insert(searchOpens)
        .values(rows.map(({ key, count }) => ({ ...key, opens: count })))
        .onConflictDoUpdate({
          target: [
            searchOpens.day,
            searchOpens.query,
            searchOpens.exampleId,
            searchOpens.position,
          ],
          set: { opens: sql`${searchOpens.opens} + excluded.opens` },
        });
    const viewed = views.filter(({ key }) => existing.has(key.exampleId));
    for (const rows of chunks(viewed))
      await tx
        .insert(exampleViews)
        .values(rows.map(({ key, count }) => ({ ...key, views: count })))
        .onConflictDoUpdate({
          target: [exampleViews.day, exampleViews.exampleId],
          set: { views: sql`${exampleViews.views} + excluded.views` },
        });
  });
}

/**
 * Adds the counts held in memory to the database's, in one transaction, then (once an hour)
 * deletes what is older than 13 months. If the write fails the counts stay for the next try.
 * Called every few seconds, and by server.mjs before it stops.
 */
export function writeInsights(): Promise<void> {
  state.writing ??= (async () => {
    const searches = [...state.searches.values()];
    const opens = [...state.opens.values()];
    const views = [...state.views.values()];
    const appearances = [...state.appearances.values()];
    state.searches = new Map();
    state.opens = new Map();
    state.views = new Map();
    state.appearances = new Map();
    if (
      searches.length + opens.length + views.length + appearances.length ===
      0
    )
      return;
    try {
      await writeCounts(searches, opens, views, appearances);
    } catch {
      // Kept for the next try.
      for (const { key, count } of searches) add(state.searches, key, count);
      for (const { key, count } of opens) add(state.opens, key, count);
      for (const { key, count } of views) add(state.views, key, count);
      for (const { key, count } of appearances)
        add(state.appearances, key, count);
      return;
    }
    if (Date.now() - state.lastRetention > 3_600_000) {
      state.lastRetention = Date.now();
      await forgetOldInsights().catch(() => 0);
    }
  })().finally(() => {
    state.writing = null;
  });
  return state.writing;
}

/**
 * Counts one message sent to an example's team through "Contact the team", in the transaction
 * that queues it: how often the example was contacted, never by whom.
 */
export async function countContact(
  tx: Transaction,
  exampleId: number,
  at: Date,
): Promise<void> {
  if (!isRecordingSearches()) return;
  await tx
    .insert(exampleContacts)
    .values({ day: dayOf(at), exampleId, contacts: 1 })
    .onConflictDoUpdate({
      target: [exampleContacts.day, exampleContacts.exampleId],
      set: { contacts: sql`${exampleContacts.contacts} + 1` },
    });
}

/** The first day still kept on `today`: 13 months back. */
export function firstKeptDay(today: Date): string {
  const first = new Date(today);
  first.setUTCMonth(first.getUTCMonth() - insightsKeptMonths);
  return dayOf(first);
}

/** Deletes counts older than 13 months; returns how many rows went. */
export async function forgetOldInsights(today = now()): Promise<number> {
  const before = firstKeptDay(today);
  return transaction(async (tx) => {
    const searches = await tx
      .delete(searchCounts)
      .where(lt(searchCounts.day, before))
      .returning({ day: searchCounts.day });
    const opens = await tx
      .delete(searchOpens)
      .where(lt(searchOpens.day, before))
      .returning({ day: searchOpens.day });
    const contacts = await tx
      .delete(exampleContacts)
      .where(lt(exampleContacts.day, before))
      .returning({ day: exampleContacts.day });
    const views = await tx
      .delete(exampleViews)
      .where(lt(exampleViews.day, before))
      .returning({ day: exampleViews.day });
    const appearances = await tx
      .delete(exampleAppearances)
      .where(lt(exampleAppearances.day, before))
      .returning({ day: exampleAppearances.day });
    return (
      searches.length +
      opens.length +
      contacts.length +
      views.length +
      appearances.length
    );
  });
}

/** What is waiting to be written, for /api/health and tests. */
export function pendingInsights(): { keys: number; dropped: number } {
  return {
    keys:
      state.searches.size +
      state.opens.size +
      state.views.size +
      state.appearances.size,
    dropped: state.dropped,
  };
}
