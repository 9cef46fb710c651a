import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/app/rate-limits";
import { SearchAllowance } from "@/app/search-allowance";
import {
  countAppearances,
  countSearch,
  countView,
  noteResultsShown,
  queryToCount,
} from "@/db/insights";
import type { SearchParams } from "@/db/search";
import { noteForRender, renderTokenHeader } from "@/server/bridge.mjs";

/**
 * How many different searches of one client are counted in an hour: enough for a person
 * searching as they type, too few for one client to fill the Insights page. The rest are
 * answered as usual and not counted.
 */
export const countedSearchesPerClientHour = 30;

// On globalThis, so that every copy of this module in the server bundle shares one.
const allowance = ((
  globalThis as { searchAllowance?: SearchAllowance }
).searchAllowance ??= new SearchAllowance(countedSearchesPerClientHour));

/** Whether this client's search may be counted (one with no words kept is not counted anyway). */
function mayCount(address: string, q: string | undefined, now: number) {
  const query = queryToCount(q);
  return query === null || allowance.allows(address, query, now);
}

type Found = { total: number; results: { reference: string }[] };

/**
 * A search someone was answered (a page or the search API): the list it showed is remembered,
 * so that an opening from it can be counted, and the search and each example it showed are
 * counted within the client's allowance (db/insights, which knows nobody).
 */
export function countSearchFrom(
  address: string,
  params: SearchParams,
  found: Found,
  now = Date.now(),
): void {
  noteResultsShown(
    params.q,
    found.results.map((result) => result.reference),
    now,
  );
  if (!mayCount(address, params.q, now)) return;
  countSearch(params, found);
  countAppearances(found.results.map((result) => result.reference));
}

/**
 * Counts a search a page shows, and notes it for server.mjs, which counts it again each time it
 * answers the same page from its HTML cache: a kept page never reaches the app.
 */
export async function countSearchOnPage(
  params: SearchParams,
  found: Found,
): Promise<void> {
  const requestHeaders = await headers();
  countSearchFrom(clientAddress(requestHeaders), params, found);
  const token = requestHeaders.get(renderTokenHeader);
  const shown: Found = {
    total: found.total,
    results: found.results.map(({ reference }) => ({ reference })),
  };
  if (token) noteForRender(token, [params, shown]);
}

/** What an example's page notes for server.mjs: a view, counted again on every kept answer. */
type ViewNote = { view: number };
const isViewNote = (note: unknown): note is ViewNote =>
  typeof note === "object" && note !== null && "view" in note;

/**
 * Counts a view of an example's page, and notes it for server.mjs, which counts it again each
 * time it answers the page from its HTML cache.
 */
export async function countViewOnPage(exampleId: number): Promise<void> {
  countView(exampleId);
  const token = (await headers()).get(renderTokenHeader);
  if (token) noteForRender(token, { view: exampleId } satisfies ViewNote);
}

/**
 * Counts again what a kept page noted, for the client it was answered to (given to server.mjs by
 * instrumentation.ts, with the request's headers).
 */
export function recountNotes(
  notes: unknown[],
  requestHeaders: Record<string, string | string[] | undefined>,
): void {
  const address = clientAddress({
    get: (name: string) => {
      const value = requestHeaders[name.toLowerCase()];
      return Array.isArray(value) ? value.join(", ") : (value ?? null);
    },
  });
  for (const note of notes) {
    if (isViewNote(note)) {
      countView(note.view);
      continue;
    }
    const [params, found] = note as [SearchParams, Found];
    countSearchFrom(address, params, found);
  }
}
