import "server-only";
import stem from "wink-porter2-stemmer";
import { engine } from "@/db/core/client";
import type { Engine, FacetRow } from "@/db/core/engine";
import { searchSynonyms } from "@/db/core/schema";
import {
  knownTerms,
  withSynonyms,
  type CatalogueWords,
  type KnownTerms,
  type Synonym,
} from "./query";
import { nhsTerms } from "./nhs-terms";
import {
  facetStrides,
  singleValuedFacetNames,
  singleValuedFacets,
} from "./facets";

/**
 * What the search keeps in memory beside the database: the spelling vocabulary and the facet
 * index. After any write, by any connection or instance, they are rebuilt in the background, a small chunk at a
 * time, while searches go on using the previous copy: nobody waits for a rebuild, even at
 * 100,000 examples, and the fresh copy is in place within a second. Results never depend on a
 * stale copy (they come from the full-text index, which the database keeps in step itself);
 * only spelling suggestions, word forms and counts may lag until the fresh copy is in place.
 */

/** The full-text index's words: how many examples use each, in order, and by stem. */
export type Vocabulary = CatalogueWords;

/**
 * Which themes each published example has (one byte per example and theme) and its setting,
 * stage, evidence and "tried elsewhere" as one combined code, so that counting a search's matches
 * by every facet costs microseconds rather than a join per facet.
 */
export type FacetIndex = {
  published: number[];
  themeIds: number[];
  /** inTheme[i][exampleId] is 1 when the example is in themeIds[i]. */
  inTheme: Uint8Array[];
  /** codeOf[exampleId]: its one-value facets, combined (see facetStrides). */
  codeOf: Uint16Array;
};

export type SearchIndex = {
  vocabulary: Vocabulary;
  facets: FacetIndex;
  /** Moderators' synonyms (db/insights), as stored. */
  synonyms: Synonym[];
  /** The reviewed NHS terms with those synonyms joined in, for the query reader. */
  terms: KnownTerms;
};

// Rows per chunk: each chunk blocks the event loop for a few milliseconds at most.
const termsPerChunk = 500;
const rowsPerChunk = 20_000;

/**
 * Reads the vocabulary and the facet index a chunk at a time, letting everything else waiting
 * go first between chunks. Chunks may see different moments of the database; whatever changed
 * meanwhile moved the change version, so the next search starts another rebuild.
 */
async function readSearchIndex(source: Engine): Promise<SearchIndex | null> {
  const { fullText } = source;
  const pause = () => new Promise((resolve) => setImmediate(resolve));
  // Read here, so a synonym taught on any instance takes effect with the next rebuild, within a
  // second: its table moves the change version as the catalogue's do.
  const synonyms: Synonym[] = await source.db
    .select({ word: searchSynonyms.word, means: searchSynonyms.means })
    .from(searchSynonyms);
  const docs = new Map<string, number>();
  const sorted: string[] = [];
  const byStem = new Map<string, string[]>();
  for (let after = ""; ;) {
    const rows = await fullText.vocabulary(after, termsPerChunk);
    for (const { term, doc } of rows) {
      docs.set(term, doc);
      sorted.push(term);
      if (term.length >= 3 && !/\d/.test(term)) {
        const key = stem(term);
        const group = byStem.get(key);
        if (group) group.push(term);
        else byStem.set(key, [term]);
      }
    }
    if (rows.length < termsPerChunk) break;
    after = rows.at(-1)!.term;
    await pause();
    if (closed(source)) return null;
  }

  const examples: FacetRow[] = [];
  for (let after = 0; ;) {
    await pause();
    if (closed(source)) return null;
    const rows = await fullText.facetRows(after, rowsPerChunk);
    examples.push(...rows);
    if (rows.length < rowsPerChunk) break;
    after = rows.at(-1)!.id;
  }

  const links: { exampleId: number; themeId: number }[] = [];
  for (let after = { exampleId: 0, themeId: 0 }; ;) {
    await pause();
    if (closed(source)) return null;
    const rows = await fullText.themeLinks(after, rowsPerChunk);
    links.push(...rows);
    if (rows.length < rowsPerChunk) break;
    after = rows.at(-1)!;
  }

  const size = examples.reduce((max, { id }) => Math.max(max, id), 0) + 1;
  const themeIds = [...new Set(links.map(({ themeId }) => themeId))];
  const inTheme = themeIds.map(() => new Uint8Array(size));
  for (const { exampleId, themeId } of links) {
    if (exampleId < size) inTheme[themeIds.indexOf(themeId)]![exampleId] = 1;
  }
  const codeOf = new Uint16Array(size);
  for (const example of examples) {
    codeOf[example.id] = singleValuedFacetNames.reduce((code, facet, i) => {
      const value = example[facet];
      const values: readonly string[] = singleValuedFacets[facet];
      return (
        code +
        (value === null ? 0 : values.indexOf(value) + 1) * facetStrides[i]!
      );
    }, 0);
  }
  return {
    synonyms,
    terms: knownTerms(withSynonyms(nhsTerms, synonyms)),
    vocabulary: { docs, sorted, byStem },
    facets: {
      published: examples.map(({ id }) => id),
      themeIds,
      inTheme,
      codeOf,
    },
  };
}

type Built = { key: string; value: SearchIndex };

// Per engine, so a reopened database starts afresh; on globalThis, so that every copy of this
// module in the server bundle shares one index and one rebuild.
const state = globalThis as unknown as {
  searchIndexes?: WeakMap<Engine, Built>;
  searchIndexRebuilds?: WeakMap<Engine, Promise<void>>;
  searchIndexWatched?: WeakSet<Engine>;
};
const built = (state.searchIndexes ??= new WeakMap());
const rebuilds = (state.searchIndexRebuilds ??= new WeakMap());
const watched = (state.searchIndexWatched ??= new WeakSet());

/** Whether the engine was closed meanwhile (a test, or the server stopping): then it is let go. */
const closed = (source: Engine) => source.closed;

// How often each server looks for changes committed by any connection or instance (a trivial
// check), so that a fresh index is in place within a second of a write whether or not anyone
// searches.
const changeCheckMs = 250;

function remember(source: Engine, key: string, value: SearchIndex) {
  built.set(source, { key, value });
  if (watched.has(source)) return;
  watched.add(source);
  const timer = setInterval(() => {
    if (closed(source)) clearInterval(timer);
    else if (built.get(source)?.key !== source.changeVersion())
      rebuildInBackground(source);
  }, changeCheckMs);
  // Never the reason a process stays alive.
  timer.unref();
}

/**
 * A rebuild nobody waits for. If it fails (the database cannot be reached) the index in place
 * stays, and the next change check tries again.
 */
function rebuildInBackground(source: Engine) {
  rebuild(source).catch(() => undefined);
}

/** Starts a background rebuild unless one is running; resolves when it is in place. */
function rebuild(source: Engine): Promise<void> {
  const running = rebuilds.get(source);
  if (running) return running;
  const work = (async () => {
    // Let the search that asked for it, and anything else waiting, go first.
    await new Promise((resolve) => setImmediate(resolve));
    const key = source.changeVersion();
    const value = await readSearchIndex(source);
    if (value) remember(source, key, value);
  })().finally(() => rebuilds.delete(source));
  rebuilds.set(source, work);
  return work;
}

/**
 * The index to search with now, and whether it reflects the latest data. Only a search that
 * comes before warmSearchIndex has finished at start builds it while the caller waits.
 */
export async function currentSearchIndex(): Promise<{
  index: SearchIndex;
  fresh: boolean;
}> {
  const source = engine();
  const key = source.changeVersion();
  const latest = built.get(source);
  if (!latest) {
    await rebuild(source);
    const first = built.get(source);
    if (!first) throw new Error("The search index could not be built");
    return { index: first.value, fresh: first.key === key };
  }
  if (latest.key === key) return { index: latest.value, fresh: true };
  rebuildInBackground(source);
  return { index: latest.value, fresh: false };
}

/** Builds the index in the background at server start, so that no search waits for it. */
export function warmSearchIndex(): Promise<void> {
  const source = engine();
  return built.has(source) ? Promise.resolve() : rebuild(source);
}

/** Resolves once the index reflects every change committed so far (for tests and benchmarks). */
export async function whenSearchIndexFresh(): Promise<void> {
  const source = engine();
  while (!closed(source) && built.get(source)?.key !== source.changeVersion())
    await rebuild(source);
}
