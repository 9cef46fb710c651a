import "server-only";
import Fuse, { type FuseOptionKey } from "fuse.js";
import { listPublishedExamples, type ExampleWithThemes } from "./examples";

export type SearchParams = { q?: string };
export type SearchResult = { total: number; results: ExampleWithThemes[] };

const keys: FuseOptionKey<ExampleWithThemes>[] = [
  { name: "title", weight: 3 },
  { name: "keywords", weight: 2 },
  { name: "themes.name", weight: 1.5 },
  { name: "summary", weight: 1 },
  { name: "problem", weight: 0.5 },
  { name: "approach", weight: 0.5 },
  { name: "impact", weight: 0.5 },
];

/**
 * Searches published examples, tolerating typos; with no words it lists them newest first.
 * Only published examples are read, so nothing else can ever be returned.
 */
export async function searchExamples({
  q = "",
}: SearchParams): Promise<SearchResult> {
  const published = await listPublishedExamples();
  const query = q.trim();
  if (!query) return { total: published.length, results: published };
  const fuse = new Fuse(published, {
    keys,
    threshold: 0.35,
    ignoreLocation: true,
    ignoreDiacritics: true,
    useExtendedSearch: false,
  });
  const results = fuse.search(query).map(({ item }) => item);
  return { total: results.length, results };
}
