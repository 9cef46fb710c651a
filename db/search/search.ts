import "server-only";
import Fuse from "fuse.js";
import { asc } from "drizzle-orm";
import { cacheUntilDataChanges, db, engine } from "@/db/core/client";
import type { Match, ResultRow, SearchFilters } from "@/db/core/engine";
import { hasAnyFilter } from "./sql";
import { themes } from "@/db/core/schema";
import {
  chosenValues,
  resultsPerPage,
  searchFilters,
  type CareSetting,
  type FilterParams,
  type Sort,
} from "@/db/options";
import {
  facetCodeCount,
  facetSizes,
  facetValueIn,
  singleValuedFacetNames,
  singleValuedFacets,
  type SingleValuedFacet,
} from "./facets";
import {
  currentSearchIndex,
  type FacetIndex,
  type SearchIndex,
} from "./memory-index";
import {
  knownTerms,
  readQuery,
  withSynonyms,
  type QueryTerm,
  type Synonym,
  type TermForm,
} from "./query";
import { nhsTerms } from "./nhs-terms";

/**
 * Search of published examples. The engine's full-text index (FTS5 bm25 on SQLite, a weighted
 * tsvector on PostgreSQL) finds and ranks candidates, after query
 * words missing from its vocabulary are spelling-corrected; fuse.js re-ranks the best 50 so that
 * a match in the title counts most. Measured by `npm run bench:search` (docs/search.md).
 */

const defaultPageSize = resultsPerPage;
const rerankSize = 50;

/** A search: words, themes, the one-value filters (db/search/facets.ts), order and page. */
export type SearchParams = FilterParams & {
  q?: string;
  themes?: string[];
  sort?: Sort;
  page?: number;
  /** Search the words as typed, without spelling correction. */
  exact?: boolean;
  /** Results a page: 20 on screen; more for downloads. */
  perPage?: number;
};

export type SearchHit = {
  slug: string;
  reference: string;
  title: string;
  summary: string;
  careSetting: CareSetting | null;
  publishedAt: string | null;
  themes: { slug: string; name: string }[];
  url: string;
};

export type Facet = {
  value: string;
  label: string;
  count: number;
  selected: boolean;
};

export type SearchResponse = {
  q: string;
  total: number;
  page: number;
  pageCount: number;
  sort: Sort;
  results: SearchHit[];
  facets: { themes: Facet[] } & Record<SingleValuedFacet, Facet[]>;
  /** The query as corrected for spelling, or null when no word was changed. */
  correctedQuery: string | null;
  /** Words that no example mentions, left out so that the others could find something. */
  unmatchedWords: string[];
  /** The words (or NHS terms) the results were found by. */
  matchedWords: string[];
  /** True when no example has every word, so the results have any of them. */
  matchedAnyWord: boolean;
  /** The words searched for (after correction), for highlighting. */
  terms: string[];
};

type Row = ResultRow;

// ---------------------------------------------------------------------------------------------
// Full-text matches, the same for both engines (each turns them into its own query syntax)

/**
 * One form of a term: a phrase, or its words run together ("pre-op" → "preop"), the last word
 * standing for any word it starts unless the form is whole words only.
 */
function formMatch({ words, wholeWords }: TermForm): Match {
  const phrase: Match = { phrase: words, prefix: !wholeWords };
  return words.length === 1
    ? phrase
    : { any: [phrase, { phrase: [words.join("")], prefix: !wholeWords }] };
}

/** A term matches in any of its forms. */
function termMatch(term: QueryTerm): Match {
  const forms = term.forms.map(formMatch);
  return forms.length === 1 ? forms[0]! : { any: forms };
}

/** Every term must match; two neighbouring words may also match as one ("pre operative"). */
function allTermsMatch(terms: QueryTerm[]): Match {
  const all: Match = { all: terms.map(termMatch) };
  if (terms.length < 2 || terms.length > 6) return all;
  const alternatives = terms.slice(1).flatMap((_, i): Match[] => {
    const [first, second] = [terms[i]!, terms[i + 1]!];
    if (!first.plainWord || !second.plainWord) return [];
    const merged: QueryTerm = {
      ...first,
      forms: [
        {
          words: [
            first.forms[0]!.words.join("") + second.forms[0]!.words.join(""),
          ],
          wholeWords: false,
        },
      ],
    };
    const together = [...terms.slice(0, i), merged, ...terms.slice(i + 2)];
    return [{ all: together.map(termMatch) }];
  });
  return { any: [all, ...alternatives] };
}

const fullText = () => engine().fullText;

type Matches = {
  /** The match, or null for a search with no words. */
  match: Match | null;
  matched: number[] | null;
  /** The terms the results match. */
  used: QueryTerm[];
  /** Terms that match nothing, left out so that the others can find something. */
  unmatched: QueryTerm[];
  /** No example has every term, so the results have any of them. */
  anyTerm: boolean;
};

/**
 * Examples with every term. Failing that, the terms that match nothing anywhere are left out
 * (and named); failing that too, examples with any of the rest. Common words ("of") are never
 * terms, so they cannot widen a search on their own.
 */
async function findMatches(terms: QueryTerm[]): Promise<Matches> {
  const none = { used: terms, unmatched: [], anyTerm: false };
  if (terms.length === 0) return { ...none, match: null, matched: null };
  const match = allTermsMatch(terms);
  const matched = await fullText().matchingIds(match);
  if (matched.length > 0) return { ...none, match, matched };
  const used: QueryTerm[] = [];
  const unmatched: QueryTerm[] = [];
  const place = async (term: QueryTerm): Promise<void> => {
    if (await fullText().matchesAnything(termMatch(term))) used.push(term);
    // An NHS term found in none of its forms is looked for word by word ("length of stay").
    else if (term.asWords) for (const word of term.asWords) await place(word);
    else unmatched.push(term);
  };
  for (const term of terms) await place(term);
  if (used.length === 0) return { ...none, match, matched };
  if (unmatched.length > 0) {
    const narrower = allTermsMatch(used);
    const found = await fullText().matchingIds(narrower);
    if (found.length > 0)
      return {
        used,
        unmatched,
        anyTerm: false,
        match: narrower,
        matched: found,
      };
  }
  const wider: Match = { any: used.map(termMatch) };
  return {
    used,
    unmatched,
    anyTerm: true,
    match: wider,
    matched: await fullText().matchingIds(wider),
  };
}

type Filters = SearchFilters;

type Counts = {
  total: number;
  themes: Map<number, number>;
  values: Record<SingleValuedFacet, Map<string, number>>;
};

/**
 * How many examples match, and how many each facet value would give. A value's count keeps every
 * other facet's filter but not its own, so each count says what ticking that box would give.
 */
function countMatches(
  matched: number[] | null,
  filters: Filters,
  index: FacetIndex,
): Counts {
  const ids = matched ?? index.published;
  const wantedThemes = filters.themeIds
    .map((id) => index.inTheme[index.themeIds.indexOf(id)])
    .filter((bitmap): bitmap is Uint8Array => bitmap !== undefined);
  const wanted = singleValuedFacetNames.map((facet) => {
    const values: readonly string[] = singleValuedFacets[facet];
    return new Set(filters.values[facet].map((v) => values.indexOf(v) + 1));
  });
  // For every combined code: how many one-value filters it fails, and the last one it fails.
  const failures = new Uint8Array(facetCodeCount);
  const failed = new Uint8Array(facetCodeCount);
  for (let code = 0; code < facetCodeCount; code++) {
    wanted.forEach((values, position) => {
      if (values.size > 0 && !values.has(facetValueIn(code, position))) {
        failures[code]! += 1;
        failed[code] = position;
      }
    });
  }
  // The matches that pass the theme filter, by combined code: counted once, shared out after.
  const byCode = new Uint32Array(facetCodeCount);
  const themeCounts = new Array<number>(index.themeIds.length).fill(0);
  const themeBitmaps = index.inTheme;
  const { codeOf } = index;
  const filtered = hasAnyFilter(filters);
  let total = 0;
  // Plain loops: this runs for every match, 100,000 times for a common word in a big catalogue.
  for (const id of ids) {
    if (id >= codeOf.length) {
      // Published since the index was built: counted until the fresh index knows its facets.
      if (!filtered) total += 1;
      continue;
    }
    const code = codeOf[id]!;
    let themeOk = wantedThemes.length === 0;
    for (const bitmap of wantedThemes) if (bitmap[id] === 1) themeOk = true;
    if (themeOk) byCode[code]! += 1;
    // A theme's count keeps every other filter, so only examples passing all of them count.
    if (failures[code] === 0) {
      if (themeOk) total += 1;
      for (let i = 0; i < themeBitmaps.length; i++)
        if (themeBitmaps[i]![id] === 1) themeCounts[i]! += 1;
    }
  }
  const valueCounts = facetSizes.map((size) => new Array<number>(size).fill(0));
  byCode.forEach((count, code) => {
    if (count === 0 || failures[code]! > 1) return;
    valueCounts.forEach((counts, position) => {
      // Passing every filter counts towards every facet; failing one, towards that one only.
      if (failures[code] === 0 || failed[code] === position)
        counts[facetValueIn(code, position)]! += count;
    });
  });
  return {
    total,
    themes: new Map(index.themeIds.map((id, i) => [id, themeCounts[i] ?? 0])),
    values: Object.fromEntries(
      singleValuedFacetNames.map((facet, position) => [
        facet,
        new Map(
          singleValuedFacets[facet].map((value, i) => [
            value,
            valueCounts[position]![i + 1] ?? 0,
          ]),
        ),
      ]),
    ) as Record<SingleValuedFacet, Map<string, number>>,
  };
}

/** Ids by relevance, title and keyword matches first. */
async function rankMatches(
  match: Match,
  filters: Filters,
  limit: number,
): Promise<number[]> {
  // Ranking every match of a common word is slow; ranking its title matches is not, and they
  // come first anyway. The rest are ranked only when a later page needs them.
  const first = await fullText().rank(
    match,
    "title-or-keywords",
    filters,
    limit,
  );
  if (first.length >= limit) return first;
  return [
    ...first,
    ...(await fullText().rank(
      match,
      "elsewhere-only",
      filters,
      limit - first.length,
    )),
  ];
}

// ---------------------------------------------------------------------------------------------
// The search

async function listThemes() {
  return db()
    .select({ id: themes.id, slug: themes.slug, name: themes.name })
    .from(themes)
    .orderBy(asc(themes.name));
}

// Most searches repeat (the same few words, the next page); under load this spares the engine.
const recentAnswers = cacheUntilDataChanges<SearchResponse>(500);

/** Forgets every remembered answer, so that a benchmark times the engine rather than the cache. */
export function forgetRecentSearches() {
  recentAnswers.clear();
}

/**
 * Searches published examples; with no words it lists them by the chosen sort. The answer may
 * be shared with other callers, so treat it as read-only.
 */
export async function searchExamples(
  params: SearchParams = {},
  /**
   * Search as if moderators' synonyms were these instead of the stored ones: how a new synonym
   * is tried against the judged queries before it is kept. Never cached.
   */
  trial?: { synonyms: Synonym[] },
): Promise<SearchResponse> {
  const key = JSON.stringify([
    (params.q ?? "").trim(),
    [...(params.themes ?? [])].sort(),
    Object.values(chosenValues(params)).map((values) => [...values].sort()),
    params.sort ?? "relevance",
    params.page ?? 1,
    params.perPage ?? defaultPageSize,
    params.exact ?? false,
  ]);
  const { index, fresh } = await currentSearchIndex();
  if (trial)
    return runSearch(params, {
      ...index,
      terms: knownTerms(withSynonyms(nhsTerms, trial.synonyms)),
    });
  // An answer from an index that is being rebuilt may have lagging counts: not worth keeping.
  if (!fresh) return runSearch(params, index);
  return recentAnswers(key, () => runSearch(params, index));
}

/**
 * How the search would read a query if moderators' synonyms were `synonyms`. Two readings alike
 * give the same answer, so a synonym on trial need only be searched with the queries it changes.
 */
export async function queryReaderWith(synonyms: Synonym[]) {
  const { index } = await currentSearchIndex();
  const known = knownTerms(withSynonyms(nhsTerms, synonyms));
  return (q: string) => readQuery(q.trim(), index.vocabulary, { known });
}

async function runSearch(
  params: SearchParams,
  index: SearchIndex,
): Promise<SearchResponse> {
  const themes = await listThemes();
  const filters: Filters = {
    themeIds: themes
      .filter((theme) => params.themes?.includes(theme.slug))
      .map((theme) => theme.id),
    values: chosenValues(params),
  };
  const q = (params.q ?? "").trim();

  const { terms, correctedQuery } = readQuery(q, index.vocabulary, {
    exact: params.exact,
    known: index.terms,
  });
  const { match, matched, used, unmatched, anyTerm } = await findMatches(terms);
  const shown = (term: QueryTerm) => term.corrected ?? term.typed;

  const counts = countMatches(matched, filters, index.facets);
  const pageSize = Math.min(
    Math.max(1, params.perPage ?? defaultPageSize),
    10_000,
  );
  const pageCount = Math.max(1, Math.ceil(counts.total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(params.page ?? 1)), pageCount);
  const offset = (page - 1) * pageSize;
  // With no words to rank by there is no relevance: the newest come first, and the answer says so.
  const sort: Sort =
    params.sort === "title" || params.sort === "newest"
      ? params.sort
      : match
        ? "relevance"
        : "newest";

  let rows: Row[];
  if (match && sort === "relevance") {
    const ranked = await rankMatches(
      match,
      filters,
      Math.max(rerankSize, offset + pageSize),
    );
    const candidates = await loadRows(ranked.slice(0, rerankSize));
    const order = [
      ...rerank(candidates, used.map(shown).join(" ")).map((row) => row.id),
      ...ranked.slice(rerankSize),
    ];
    const pageIds = order.slice(offset, offset + pageSize);
    const loaded = new Map(candidates.map((row) => [row.id, row]));
    const missing = pageIds.filter((id) => !loaded.has(id));
    for (const row of await loadRows(missing)) loaded.set(row.id, row);
    rows = pageIds.flatMap((id) => loaded.get(id) ?? []);
  } else {
    const ids = await fullText().listInOrder(
      match,
      filters,
      sort === "title" ? "title" : "newest",
      pageSize,
      offset,
    );
    const loaded = new Map((await loadRows(ids)).map((row) => [row.id, row]));
    rows = ids.flatMap((id) => loaded.get(id) ?? []);
  }

  return {
    q,
    total: counts.total,
    page,
    pageCount,
    sort,
    results: rows.map(toHit),
    correctedQuery,
    unmatchedWords: unmatched.map(shown),
    matchedWords: used.map(shown),
    matchedAnyWord: anyTerm,
    terms: [
      ...new Set(
        used.flatMap((term) => term.forms.map((form) => form.words.join(" "))),
      ),
    ],
    facets: {
      themes: themes.map((theme) => ({
        value: theme.slug,
        label: theme.name,
        count: counts.themes.get(theme.id) ?? 0,
        selected: filters.themeIds.includes(theme.id),
      })),
      ...(Object.fromEntries(
        searchFilters.map((filter) => [
          filter.key,
          facetList(filter.key, filter.options, counts, filters),
        ]),
      ) as Record<SingleValuedFacet, Facet[]>),
    },
  };
}

export type SimilarExample = Pick<
  SearchHit,
  "reference" | "slug" | "title" | "summary" | "url"
>;

// Words of a title and summary beyond these add little but cost a full-text query each.
const similarTermLimit = 12;

/**
 * Up to `limit` published examples most like a title and summary, to head off a duplicate
 * submission: ranked by bm25 over any of the words, and kept only if they share at least two of
 * them (or the one word there is), so a single common word does not make examples "similar".
 */
export async function findSimilarExamples(
  text: { title: string; summary?: string },
  { limit = 3, excludeId }: { limit?: number; excludeId?: number } = {},
): Promise<SimilarExample[]> {
  const { index } = await currentSearchIndex();
  const { terms } = readQuery(
    `${text.title} ${text.summary ?? ""}`.slice(0, 1000),
    index.vocabulary,
    { known: index.terms },
  );
  const usable = terms
    .filter((term) => term.forms.length > 0)
    .slice(0, similarTermLimit);
  if (usable.length === 0) return [];
  const matches = usable.map(termMatch);
  const candidates = (
    await fullText().rank({ any: matches }, "anywhere", null, limit * 4 + 1)
  ).filter((id) => id !== excludeId);
  if (candidates.length === 0) return [];
  const shared = new Map<number, number>();
  for (const match of matches) {
    for (const id of await fullText().matchingIds(match, candidates))
      shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  const needed = Math.min(2, matches.length);
  const chosen = candidates
    .filter((id) => (shared.get(id) ?? 0) >= needed)
    .slice(0, limit);
  const loaded = new Map((await loadRows(chosen)).map((row) => [row.id, row]));
  return chosen.flatMap((id) => {
    const row = loaded.get(id);
    if (!row) return [];
    const { reference, slug, title, summary, url } = toHit(row);
    return [{ reference, slug, title, summary, url }];
  });
}

function facetList(
  facet: SingleValuedFacet,
  labels: Record<string, string>,
  counts: Counts,
  filters: Filters,
): Facet[] {
  return Object.entries(labels).map(([value, label]) => ({
    value,
    label,
    count: counts.values[facet].get(value) ?? 0,
    selected: filters.values[facet].includes(value),
  }));
}

const loadRows = (ids: number[]) => fullText().loadRows(ids);

function toHit(row: Row): SearchHit {
  return {
    slug: row.slug,
    reference: row.reference,
    title: row.title,
    summary: row.summary,
    careSetting: row.careSetting as CareSetting | null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    themes: [...row.themes].sort((a, b) =>
      a.name.localeCompare(b.name, "en-GB"),
    ),
    url: `/examples/${row.slug}`,
  };
}

/**
 * Re-orders bm25's best candidates (given in bm25 order) with fuse.js, so that a close match in
 * the title or keywords comes first.
 */
function rerank(rows: Row[], query: string): Row[] {
  if (rows.length < 2) return rows;
  const fuse = new Fuse(rows, {
    // Title and keywords only: fuse.js on long text costs more than it adds, and a match
    // elsewhere still counts through bm25's order.
    keys: [
      { name: "title", weight: 2 },
      { name: "keywords", weight: 1 },
    ],
    ignoreLocation: true,
    ignoreDiacritics: true,
    includeScore: true,
    threshold: 0.4,
  });
  const fuseScore = new Map(
    fuse.search(query).map(({ item, score }) => [item.id, score ?? 1]),
  );
  const score = (row: Row, position: number) =>
    0.7 * (fuseScore.get(row.id) ?? 1) + 0.3 * (position / rows.length);
  return rows
    .map((row, position) => ({ row, score: score(row, position) }))
    .sort((a, b) => a.score - b.score)
    .map(({ row }) => row);
}
