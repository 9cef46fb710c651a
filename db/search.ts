import "server-only";
import Fuse from "fuse.js";
import { sql, type SQL } from "drizzle-orm";
import { cacheUntilDataChanges, db } from "./client";
import { careSettings, type CareSetting, type Sort } from "./options";
import {
  currentSearchIndex,
  settingKeys,
  type FacetIndex,
  type SearchIndex,
  type Vocabulary,
} from "./search-index";

/**
 * Search of published examples. SQLite FTS5 (bm25) finds and ranks candidates, after query
 * words missing from its vocabulary are spelling-corrected; fuse.js re-ranks the best 50 so that
 * a match in the title counts most. Measured in ../shared/STACK.md and `npm run bench:search`.
 */

const defaultPageSize = 20;
const rerankSize = 50;

export type SearchParams = {
  q?: string;
  themes?: string[];
  settings?: CareSetting[];
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
  facets: { themes: Facet[]; settings: Facet[] };
  /** The query as corrected for spelling, or null when no word was changed. */
  correctedQuery: string | null;
  /** The words searched for (after correction), for highlighting. */
  terms: string[];
};

type Row = {
  id: number;
  slug: string;
  reference: string;
  title: string;
  summary: string;
  care_setting: CareSetting | null;
  published_at: number | null;
  keywords: string;
  themes: string | null;
};

/** Lower case, accents removed: how FTS5's unicode61 tokenizer sees a word. */
export function normaliseWord(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The query's words, each split into its hyphen- or punctuation-joined parts. */
export function queryWords(q: string): string[][] {
  return q
    .split(/\s+/)
    .map(
      (chunk) =>
        (normaliseWord(chunk).match(/[\p{L}\p{N}]+/gu) ?? []) as string[],
    )
    .filter((parts) => parts.length > 0)
    .slice(0, 12);
}

// ---------------------------------------------------------------------------------------------
// Vocabulary and spelling correction

function hasPrefix(sorted: string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < prefix) low = mid + 1;
    else high = mid;
  }
  return sorted[low]?.startsWith(prefix) ?? false;
}

const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Every string one edit away: a letter deleted, swapped with the next, changed or added. */
export function oneEditAway(word: string): Set<string> {
  const edits = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) edits.add(head + tail.slice(1));
    if (tail.length > 1) edits.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of alphabet) {
      if (tail) edits.add(head + letter + tail.slice(1));
      edits.add(head + letter + tail);
    }
  }
  edits.delete(word);
  return edits;
}

function correctWord(word: string, vocab: Vocabulary): string {
  if (word.length < 3 || vocab.docs.has(word) || hasPrefix(vocab.sorted, word))
    return word;
  let best: string | null = null;
  let bestDocs = 0;
  for (const candidate of oneEditAway(word)) {
    const docs = vocab.docs.get(candidate) ?? 0;
    if (docs > bestDocs) [best, bestDocs] = [candidate, docs];
  }
  if (best) return best;
  vocab.fuse ??= new Fuse(vocab.sorted, {
    threshold: 0.34,
    includeScore: true,
  });
  return vocab.fuse.search(word, { limit: 1 })[0]?.item ?? word;
}

// ---------------------------------------------------------------------------------------------
// FTS5 query

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

/** One query word as FTS5 syntax: its parts as a phrase, or run together ("pre-op" → "preop"). */
function wordExpression(parts: string[]): string {
  const phrase = `${quote(parts.join(" "))}*`;
  return parts.length === 1
    ? phrase
    : `(${phrase} OR ${quote(parts.join(""))}*)`;
}

/** Every word must match; two neighbouring words may also match as one ("pre operative"). */
function matchExpression(words: string[][], join: "AND" | "OR"): string {
  const all = words.map(wordExpression).join(` ${join} `);
  if (join === "OR" || words.length < 2 || words.length > 6) return all;
  const alternatives = words.slice(1).map((_, i) => {
    const merged = [
      ...words.slice(0, i),
      [words[i]!.join("") + words[i + 1]!.join("")],
      ...words.slice(i + 2),
    ];
    return `(${merged.map(wordExpression).join(" AND ")})`;
  });
  return [`(${all})`, ...alternatives].join(" OR ");
}

/** The same match, limited to the short fields where a match matters most. */
const inTitleOrKeywords = (match: string) =>
  `{title keywords joined} : (${match})`;

// ---------------------------------------------------------------------------------------------
// Filters and counts

type Filters = { themeIds: number[]; settings: CareSetting[] };

const list = (values: (string | number)[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

function conditions({ themeIds, settings }: Filters): SQL {
  const parts = [sql`e.status = 'published'`];
  if (settings.length > 0)
    parts.push(sql`e.care_setting IN (${list(settings)})`);
  if (themeIds.length > 0) {
    parts.push(
      sql`EXISTS (SELECT 1 FROM example_themes t WHERE t.example_id = e.id AND t.theme_id IN (${list(themeIds)}))`,
    );
  }
  return sql.join(parts, sql` AND `);
}

/** Ids of every published example matching an FTS5 expression (the index holds no others). */
function matchingIds(match: string): number[] {
  return db()
    .$client.prepare(
      "SELECT rowid FROM examples_fts WHERE examples_fts MATCH ?",
    )
    .pluck()
    .all(match) as number[];
}

type Counts = {
  total: number;
  themes: Map<number, number>;
  settings: Map<string, number>;
};

/**
 * How many examples match, and how many each theme and setting would give. A theme's count keeps
 * the setting filter but not the theme filter, and the other way round, so each count says what
 * ticking that box would give.
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
  const wantedSettings = new Set(
    filters.settings.map((setting) => settingKeys.indexOf(setting) + 1),
  );
  const themeCounts = new Array<number>(index.themeIds.length).fill(0);
  const settingCounts = new Array<number>(settingKeys.length + 1).fill(0);
  let total = 0;
  for (const id of ids) {
    if (id >= index.settingOf.length) {
      // Published since the index was built: counted until the fresh index knows its facets.
      if (filters.themeIds.length === 0 && filters.settings.length === 0)
        total += 1;
      continue;
    }
    const setting = index.settingOf[id]!;
    const settingOk = wantedSettings.size === 0 || wantedSettings.has(setting);
    const themeOk =
      filters.themeIds.length === 0 ||
      wantedThemes.some((bitmap) => bitmap[id] === 1);
    if (settingOk && themeOk) total += 1;
    if (themeOk) settingCounts[setting] = (settingCounts[setting] ?? 0) + 1;
    if (settingOk) {
      index.inTheme.forEach((bitmap, i) => {
        if (bitmap[id] === 1) themeCounts[i] = (themeCounts[i] ?? 0) + 1;
      });
    }
  }
  return {
    total,
    themes: new Map(index.themeIds.map((id, i) => [id, themeCounts[i] ?? 0])),
    settings: new Map(
      settingKeys.map((key, i) => [key, settingCounts[i + 1] ?? 0]),
    ),
  };
}

// bm25 weights: title, keywords, summary, body, organisation, joined. As an ORDER BY expression
// with a LIMIT, SQLite keeps only the best rows while sorting, which beats FTS5's "ORDER BY rank".
export const bm25 = sql.raw(
  "bm25(examples_fts, 10.0, 6.0, 3.0, 1.0, 2.0, 1.0)",
);

/** Ids in bm25 order, title and keyword matches first. */
function rankMatches(match: string, filters: Filters, limit: number): number[] {
  const hasFilters = filters.themeIds.length > 0 || filters.settings.length > 0;
  // The index holds published examples only, so without filters there is nothing to join.
  const rank = (expression: string, n: number) =>
    db()
      .all<{ id: number }>(
        hasFilters
          ? sql`SELECT f.rowid AS id FROM examples_fts AS f
                CROSS JOIN examples AS e INDEXED BY examples_facets_idx ON e.id = f.rowid
                WHERE examples_fts MATCH ${expression} AND ${conditions(filters)}
                ORDER BY ${bm25} LIMIT ${n}`
          : sql`SELECT rowid AS id FROM examples_fts WHERE examples_fts MATCH ${expression}
                ORDER BY ${bm25} LIMIT ${n}`,
      )
      .map(({ id }) => id);
  // Ranking every match of a common word is slow; ranking its title matches is not, and they
  // come first anyway. The rest are ranked only when a later page needs them.
  const first = rank(inTitleOrKeywords(match), limit);
  if (first.length >= limit) return first;
  return [
    ...first,
    ...rank(`(${match}) NOT ${inTitleOrKeywords(match)}`, limit - first.length),
  ];
}

// ---------------------------------------------------------------------------------------------
// The search

function listThemes() {
  return db().all<{ id: number; slug: string; name: string }>(
    sql`SELECT id, slug, name FROM themes ORDER BY name`,
  );
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
): Promise<SearchResponse> {
  const key = JSON.stringify([
    (params.q ?? "").trim(),
    [...(params.themes ?? [])].sort(),
    [...(params.settings ?? [])].sort(),
    params.sort ?? "relevance",
    params.page ?? 1,
    params.perPage ?? defaultPageSize,
    params.exact ?? false,
  ]);
  const { index, fresh } = currentSearchIndex();
  // An answer from an index that is being rebuilt may have lagging counts: not worth keeping.
  if (!fresh) return runSearch(params, index);
  return recentAnswers(key, () => runSearch(params, index));
}

async function runSearch(
  params: SearchParams,
  index: SearchIndex,
): Promise<SearchResponse> {
  const themes = listThemes();
  const filters: Filters = {
    themeIds: themes
      .filter((theme) => params.themes?.includes(theme.slug))
      .map((theme) => theme.id),
    settings: (params.settings ?? []).filter((s) => s in careSettings),
  };
  const q = (params.q ?? "").trim();

  let words = queryWords(q);
  let correctedQuery: string | null = null;
  if (words.length > 0 && !params.exact) {
    const corrected = words.map((parts) =>
      parts.map((part) => correctWord(part, index.vocabulary)),
    );
    if (corrected.some((parts, i) => parts.join(" ") !== words[i]!.join(" "))) {
      correctedQuery = corrected.map((parts) => parts.join(" ")).join(" ");
      words = corrected;
    }
  }

  // Every word must match; only when nothing does, any word may.
  let match: string | null = null;
  let matched: number[] | null = null;
  for (const join of words.length > 0 ? (["AND", "OR"] as const) : []) {
    match = matchExpression(words, join);
    matched = matchingIds(match);
    if (matched.length > 0) break;
  }

  const counts = countMatches(matched, filters, index.facets);
  const pageSize = Math.min(
    Math.max(1, params.perPage ?? defaultPageSize),
    10_000,
  );
  const pageCount = Math.max(1, Math.ceil(counts.total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(params.page ?? 1)), pageCount);
  const offset = (page - 1) * pageSize;
  // With no words to rank by, "relevance" lists the newest first.
  const sort: Sort = params.sort ?? "relevance";

  let rows: Row[];
  if (match && sort === "relevance") {
    const ranked = rankMatches(
      match,
      filters,
      Math.max(rerankSize, offset + pageSize),
    );
    const candidates = loadRows(ranked.slice(0, rerankSize));
    const order = [
      ...rerank(candidates, words).map((row) => row.id),
      ...ranked.slice(rerankSize),
    ];
    const pageIds = order.slice(offset, offset + pageSize);
    const loaded = new Map(candidates.map((row) => [row.id, row]));
    const missing = pageIds.filter((id) => !loaded.has(id));
    for (const row of loadRows(missing)) loaded.set(row.id, row);
    rows = pageIds.flatMap((id) => loaded.get(id) ?? []);
  } else {
    const order =
      sort === "title"
        ? sql`e.title COLLATE NOCASE, e.id`
        : sql`e.published_at DESC, e.id DESC`;
    const from = match
      ? sql`(SELECT rowid AS id FROM examples_fts WHERE examples_fts MATCH ${match}) AS m
            CROSS JOIN examples AS e ON e.id = m.id`
      : sql`examples AS e`;
    const ids = db()
      .all<{ id: number }>(
        sql`SELECT e.id FROM ${from} WHERE ${conditions(filters)}
            ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}`,
      )
      .map(({ id }) => id);
    const loaded = new Map(loadRows(ids).map((row) => [row.id, row]));
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
    terms: words.map((parts) => parts.join(" ")),
    facets: {
      themes: themes.map((theme) => ({
        value: theme.slug,
        label: theme.name,
        count: counts.themes.get(theme.id) ?? 0,
        selected: filters.themeIds.includes(theme.id),
      })),
      settings: (Object.entries(careSettings) as [CareSetting, string][]).map(
        ([value, label]) => ({
          value,
          label,
          count: counts.settings.get(value) ?? 0,
          selected: filters.settings.includes(value),
        }),
      ),
    },
  };
}

function loadRows(ids: number[]): Row[] {
  if (ids.length === 0) return [];
  return db().all<Row>(
    sql`SELECT e.id, e.slug, e.reference, e.title, e.summary, e.care_setting, e.published_at, e.keywords,
          (SELECT json_group_array(json_object('slug', t.slug, 'name', t.name))
             FROM example_themes et JOIN themes t ON t.id = et.theme_id WHERE et.example_id = e.id) AS themes
        FROM examples e WHERE e.id IN (${list(ids)}) AND +e.status = 'published'`,
  );
}

function toHit(row: Row): SearchHit {
  const themes = (
    JSON.parse(row.themes ?? "[]") as { slug: string; name: string }[]
  ).sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  return {
    slug: row.slug,
    reference: row.reference,
    title: row.title,
    summary: row.summary,
    careSetting: row.care_setting,
    publishedAt:
      row.published_at === null
        ? null
        : new Date(row.published_at * 1000).toISOString(),
    themes,
    url: `/examples/${row.slug}`,
  };
}

/**
 * Re-orders bm25's best candidates (given in bm25 order) with fuse.js, so that a close match in
 * the title or keywords comes first.
 */
function rerank(rows: Row[], words: string[][]): Row[] {
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
  const query = words.map((parts) => parts.join(" ")).join(" ");
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
