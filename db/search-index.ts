import "server-only";
import stem from "wink-porter2-stemmer";
import { dataVersionKey, db } from "./client";
import { careSettings, evidenceLevels, stages } from "./options";
import type { CatalogueWords } from "./search-query";

/**
 * What the search keeps in memory beside SQLite: the spelling vocabulary and the facet index.
 * After any write, by any connection, they are rebuilt in the background, a small chunk at a
 * time, while searches go on using the previous copy: nobody waits for a rebuild, even at
 * 100,000 examples, and the fresh copy is in place within a second. Results never depend on a
 * stale copy (they come from the full-text index, which the database keeps in step itself);
 * only spelling suggestions, word forms and counts may lag until the fresh copy is in place.
 */

/** The full-text index's words: how many examples use each, in order, and by stem. */
export type Vocabulary = CatalogueWords;

/**
 * The filters that take one value an example, and the values each can take, in order. "tried"
 * has one value: the example has at least one published "we tried this too" report.
 */
export const singleValuedFacets = {
  settings: Object.keys(careSettings),
  stages: Object.keys(stages),
  evidence: Object.keys(evidenceLevels),
  tried: ["yes"],
} as const satisfies Record<string, readonly string[]>;
export type SingleValuedFacet = keyof typeof singleValuedFacets;
export const singleValuedFacetNames = Object.keys(
  singleValuedFacets,
) as SingleValuedFacet[];

/** How many codes each one-value facet has: its values, and 0 for none. */
export const facetSizes = singleValuedFacetNames.map(
  (facet) => singleValuedFacets[facet].length + 1,
);

/**
 * Each one-value facet's part in a combined code: code = Σ value × stride, where a value is 1 + its
 * position in singleValuedFacets, or 0 for none. 8 settings × 6 stages × 4 evidence × 2 fit in 384.
 */
export const facetStrides = facetSizes.map((_, i) =>
  facetSizes.slice(0, i).reduce((product, size) => product * size, 1),
);
export const facetCodeCount = facetSizes.reduce((a, b) => a * b, 1);

/** The value code (0 for none) a combined code holds for the facet at `position`. */
export const facetValueIn = (code: number, position: number) =>
  Math.floor(code / facetStrides[position]!) % facetSizes[position]!;

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

export type SearchIndex = { vocabulary: Vocabulary; facets: FacetIndex };

// Rows per chunk: each chunk blocks the event loop for a few milliseconds at most.
const termsPerChunk = 500;
const rowsPerChunk = 20_000;

/**
 * Reads the vocabulary and the facet index a chunk at a time, pausing (yield) between chunks.
 * Chunks may see different moments of the database; whatever changed meanwhile moved the data
 * version, so the next search starts another rebuild.
 */
function* readSearchIndex(client: Client): Generator<void, SearchIndex> {
  const nextTerms = client.prepare(
    "SELECT term, doc FROM examples_fts_vocab WHERE term > ? ORDER BY term LIMIT ?",
  );
  const docs = new Map<string, number>();
  const sorted: string[] = [];
  const byStem = new Map<string, string[]>();
  for (let after = ""; ;) {
    const rows = nextTerms.all(after, termsPerChunk) as {
      term: string;
      doc: number;
    }[];
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
    yield;
  }

  const nextExamples = client.prepare(
    `SELECT id, care_setting AS settings, stage AS stages, evidence,
       CASE WHEN published_report_count > 0 THEN 'yes' END AS tried
     FROM examples INDEXED BY examples_facets_idx
     WHERE id > ? AND status = 'published' ORDER BY id LIMIT ?`,
  );
  const examples: ({ id: number } & Record<
    SingleValuedFacet,
    string | null
  >)[] = [];
  for (let after = 0; ;) {
    yield;
    const rows = nextExamples.all(after, rowsPerChunk) as typeof examples;
    examples.push(...rows);
    if (rows.length < rowsPerChunk) break;
    after = rows.at(-1)!.id;
  }

  const nextLinks = client.prepare(
    `SELECT example_id AS exampleId, theme_id AS themeId FROM example_themes
     WHERE (example_id, theme_id) > (?, ?) ORDER BY example_id, theme_id LIMIT ?`,
  );
  const links: { exampleId: number; themeId: number }[] = [];
  for (let after = { exampleId: 0, themeId: 0 }; ;) {
    yield;
    const rows = nextLinks.all(
      after.exampleId,
      after.themeId,
      rowsPerChunk,
    ) as typeof links;
    links.push(...rows);
    if (rows.length < rowsPerChunk) break;
    after = rows.at(-1)!;
  }
  yield;

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
    vocabulary: { docs, sorted, byStem },
    facets: {
      published: examples.map(({ id }) => id),
      themeIds,
      inTheme,
      codeOf,
    },
  };
}

type Client = ReturnType<typeof db>["$client"];
type Built = { key: string; value: SearchIndex };

// Per connection, so a reopened database starts afresh; on globalThis, so that every copy of this
// module in the server bundle shares one index and one rebuild.
const state = globalThis as unknown as {
  searchIndexes?: WeakMap<Client, Built>;
  searchIndexRebuilds?: WeakMap<Client, Promise<void>>;
  searchIndexWatched?: WeakSet<Client>;
};
const built = (state.searchIndexes ??= new WeakMap());
const rebuilds = (state.searchIndexRebuilds ??= new WeakMap());
const watched = (state.searchIndexWatched ??= new WeakSet());

// How often each server looks for changes committed by any connection (a trivial query), so
// that a fresh index is in place within a second of a write whether or not anyone searches.
const changeCheckMs = 250;

function remember(client: Client, key: string, value: SearchIndex) {
  built.set(client, { key, value });
  if (watched.has(client)) return;
  watched.add(client);
  const timer = setInterval(() => {
    if (!client.open) clearInterval(timer);
    else if (built.get(client)?.key !== dataVersionKey(client))
      void rebuild(client);
  }, changeCheckMs);
  // Never the reason a process stays alive.
  timer.unref();
}

function buildNow(client: Client, key: string): SearchIndex {
  const steps = readSearchIndex(client);
  for (;;) {
    const step = steps.next();
    if (step.done) {
      remember(client, key, step.value);
      return step.value;
    }
  }
}

/** Starts a background rebuild unless one is running; resolves when it is in place. */
function rebuild(client: Client): Promise<void> {
  const running = rebuilds.get(client);
  if (running) return running;
  const work = (async () => {
    const key = dataVersionKey(client);
    const steps = readSearchIndex(client);
    for (;;) {
      // Let the search that asked for it, and anything else waiting, go first.
      await new Promise((resolve) => setImmediate(resolve));
      // The database was closed meanwhile (a test, or the server stopping): give up quietly.
      if (!client.open) return;
      const step = steps.next();
      if (step.done) {
        remember(client, key, step.value);
        return;
      }
    }
  })().finally(() => rebuilds.delete(client));
  rebuilds.set(client, work);
  return work;
}

/**
 * The index to search with now, and whether it reflects the latest data. Only a search that
 * comes before warmSearchIndex has finished at start builds it while the caller waits.
 */
export function currentSearchIndex(): { index: SearchIndex; fresh: boolean } {
  const client = db().$client;
  const key = dataVersionKey(client);
  const latest = built.get(client);
  if (!latest) return { index: buildNow(client, key), fresh: true };
  if (latest.key === key) return { index: latest.value, fresh: true };
  void rebuild(client);
  return { index: latest.value, fresh: false };
}

/** Builds the index in the background at server start, so that no search waits for it. */
export function warmSearchIndex(): Promise<void> {
  const client = db().$client;
  return built.has(client) ? Promise.resolve() : rebuild(client);
}

/** Resolves once the index reflects every change committed so far (for tests and benchmarks). */
export async function whenSearchIndexFresh(): Promise<void> {
  const client = db().$client;
  while (client.open && built.get(client)?.key !== dataVersionKey(client))
    await rebuild(client);
}
