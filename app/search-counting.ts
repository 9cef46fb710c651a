import "server-only";
import { headers } from "next/headers";
import { countSearch } from "@/db/insights";
import type { SearchParams } from "@/db/search";
import { noteForRender, renderTokenHeader } from "@/server/bridge.mjs";

type Counted = Parameters<typeof countSearch>;

/**
 * Counts a search a page shows (db/insights), and notes it for server.mjs, which counts it again
 * each time it answers the same page from its HTML cache: a kept page never reaches the app.
 */
export async function countSearchOnPage(
  params: SearchParams,
  found: { total: number },
): Promise<void> {
  countSearch(params, found);
  const token = (await headers()).get(renderTokenHeader);
  if (token) noteForRender(token, [params, { total: found.total }]);
}

/** Counts again what kept pages noted (given to server.mjs by instrumentation.ts). */
export function recountNotes(notes: unknown[]): void {
  for (const note of notes) countSearch(...(note as Counted));
}
