import "server-only";
import Fuse from "fuse.js";
import { sql, type SQL } from "drizzle-orm";
import { db } from "./client";
import { careSettings, type CareSetting, type Sort } from "./options";

/**
 * Search of published examples. SQLite FTS5 (bm25) finds and ranks candidates, after query
 * words missing from its vocabulary are spelling-corrected; fuse.js re-ranks the best 50 so that
 * a match in the title counts most. Measured in ../shared/STACK.md and `npm run bench:search`.
 */

export const pageSize = 20;
const rerankSize = 50;

export type SearchParams = {
  q?: string;
  themes?: string[];
  settings?: CareSetting[];
  sort?: Sort;
  page?: number;
  /** Search the words as typed, without spelling correction. */
  exact?: boolean;
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
  body: string;
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

type Vocabulary = {
  docs: Map<string, number>;
  sorted: string[];
  fuse?: Fuse<string>;
};
let vocabulary: { key: string; value: Vocabulary } | null = null;

/** Changes whenever any connection commits, so the cached vocabulary is never stale. */
function dataVersionKey(): string {
  const client = db().$client;
  const version = client.pragma("data_version", { simple: true });
  const changes = client.prepare("SELECT total_changes() AS n").get() as {
    n: number;
  };
  return `${version}:${changes.n}`;
}

function loadVocabulary(): Vocabulary {
  const key = dataVersionKey();
  if (vocabulary?.key === key) return vocabulary.value;
  const rows = db().all<{ term: string; doc: number }>(
    sql`SELECT term, doc FROM examples_fts_vocab`,
  );
  const docs = new Map(rows.map(({ term, doc }) => [term, doc]));
  const value = { docs, sorted: rows.map(({ term }) => term).sort() };
  vocabulary = { key, value };
  return value;
}

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

// bm25 weights: title, keywords, summary, body, organisation, joined.
const bm25 = sql`bm25(examples_fts, 10.0, 6.0, 3.0, 1.0, 2.0, 1.0)`;

function filterConditions(themeIds: number[], settings: CareSetting[]): SQL[] {
  const conditions: SQL[] = [sql`e.status = 'published'`];
  if (themeIds.length > 0) {
    conditions.push(
      sql`e.id IN (SELECT example_id FROM example_themes WHERE theme_id IN (${sql.join(
        themeIds.map((id) => sql`${id}`),
        sql`, `,
      )}))`,
    );
  }
  if (settings.length > 0) {
    conditions.push(
      sql`e.care_setting IN (${sql.join(
        settings.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  }
  return conditions;
}

const where = (conditions: SQL[]) => sql.join(conditions, sql` AND `);

// ---------------------------------------------------------------------------------------------
// The search

function listThemes() {
  return db().all<{ id: number; slug: string; name: string }>(
    sql`SELECT id, slug, name FROM themes ORDER BY name`,
  );
}

/** Searches published examples; with no words it lists them by the chosen sort. */
export async function searchExamples(
  params: SearchParams = {},
): Promise<SearchResponse> {
  const themes = listThemes();
  const selectedThemes = themes.filter((theme) =>
    params.themes?.includes(theme.slug),
  );
  const themeIds = selectedThemes.map((theme) => theme.id);
  const settings = (params.settings ?? []).filter((s) => s in careSettings);
  const q = (params.q ?? "").trim();

  let words = queryWords(q);
  let correctedQuery: string | null = null;
  if (words.length > 0 && !params.exact) {
    const vocab = loadVocabulary();
    const corrected = words.map((parts) =>
      parts.map((part) => correctWord(part, vocab)),
    );
    if (corrected.some((parts, i) => parts.join(" ") !== words[i]!.join(" "))) {
      correctedQuery = corrected.map((parts) => parts.join(" ")).join(" ");
      words = corrected;
    }
  }

  // With no words to rank by, "relevance" lists the newest first.
  const sort: Sort = params.sort ?? "relevance";
  const requestedPage = Math.max(1, Math.floor(params.page ?? 1));

  // Every word must match; only when nothing does, any word may.
  let matchText: string | null = null;
  for (const join of words.length > 0 ? (["AND", "OR"] as const) : []) {
    matchText = matchExpression(words, join);
    const [row] = db().all<{ n: number }>(
      sql`SELECT EXISTS (SELECT 1 FROM examples_fts WHERE examples_fts MATCH ${matchText}) AS n`,
    );
    if (row?.n) break;
  }
  const match = matchText
    ? sql`SELECT rowid FROM examples_fts WHERE examples_fts MATCH ${matchText}`
    : null;
  const conditions = (themeIds: number[], settings: CareSetting[]) => [
    ...filterConditions(themeIds, settings),
    ...(match ? [sql`e.id IN (${match})`] : []),
  ];

  const [countRow] = db().all<{ n: number }>(
    sql`SELECT count(*) AS n FROM examples e WHERE ${where(conditions(themeIds, settings))}`,
  );
  const total = countRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(requestedPage, pageCount);
  const offset = (page - 1) * pageSize;

  let ids: number[];
  if (matchText && sort === "relevance") {
    const ranked = db()
      .all<{ id: number }>(
        sql`SELECT f.rowid AS id FROM examples_fts f JOIN examples e ON e.id = f.rowid
            WHERE examples_fts MATCH ${matchText}
              AND ${where(filterConditions(themeIds, settings))}
            ORDER BY ${bm25} LIMIT ${Math.max(rerankSize, offset + pageSize)}`,
      )
      .map(({ id }) => id);
    const reranked = rerank(ranked.slice(0, rerankSize), words);
    ids = [...reranked, ...ranked.slice(rerankSize)].slice(
      offset,
      offset + pageSize,
    );
  } else {
    const order =
      sort === "title"
        ? sql`e.title COLLATE NOCASE, e.id`
        : sql`e.published_at DESC, e.id DESC`;
    ids = db()
      .all<{ id: number }>(
        sql`SELECT e.id FROM examples e WHERE ${where(conditions(themeIds, settings))}
            ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}`,
      )
      .map(({ id }) => id);
  }

  const rows = loadRows(ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const results = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toHit(row)] : [];
  });

  const themeCounts = new Map(
    db()
      .all<{ id: number; n: number }>(
        sql`SELECT et.theme_id AS id, count(*) AS n FROM example_themes et JOIN examples e ON e.id = et.example_id
            WHERE ${where(conditions([], settings))} GROUP BY et.theme_id`,
      )
      .map(({ id, n }) => [id, n]),
  );
  const settingCounts = new Map(
    db()
      .all<{ setting: string; n: number }>(
        sql`SELECT e.care_setting AS setting, count(*) AS n FROM examples e
            WHERE ${where(conditions(themeIds, []))} AND e.care_setting IS NOT NULL GROUP BY e.care_setting`,
      )
      .map(({ setting, n }) => [setting, n]),
  );

  return {
    q,
    total,
    page,
    pageCount,
    sort,
    results,
    correctedQuery,
    terms: words.map((parts) => parts.join(" ")),
    facets: {
      themes: themes.map((theme) => ({
        value: theme.slug,
        label: theme.name,
        count: themeCounts.get(theme.id) ?? 0,
        selected: themeIds.includes(theme.id),
      })),
      settings: (Object.entries(careSettings) as [CareSetting, string][]).map(
        ([value, label]) => ({
          value,
          label,
          count: settingCounts.get(value) ?? 0,
          selected: settings.includes(value),
        }),
      ),
    },
  };
}

function loadRows(ids: number[]): Row[] {
  if (ids.length === 0) return [];
  return db().all<Row>(
    sql`SELECT e.id, e.slug, e.reference, e.title, e.summary, e.care_setting, e.published_at, e.keywords,
          concat_ws(' ', e.problem, e.approach, e.impact, e.learning) AS body,
          (SELECT json_group_array(json_object('slug', t.slug, 'name', t.name))
             FROM example_themes et JOIN themes t ON t.id = et.theme_id WHERE et.example_id = e.id) AS themes
        FROM examples e WHERE e.status = 'published' AND e.id IN (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
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

/** Re-orders bm25's best candidates with fuse.js, which weighs a match in the title highest. */
function rerank(ids: number[], words: string[][]): number[] {
  if (ids.length < 2) return ids;
  const rows = loadRows(ids);
  const fuse = new Fuse(rows, {
    keys: [
      { name: "title", weight: 4 },
      { name: "keywords", weight: 2 },
      { name: "summary", weight: 1.5 },
      { name: "body", weight: 0.5 },
    ],
    ignoreLocation: true,
    ignoreDiacritics: true,
    includeScore: true,
    threshold: 0.6,
  });
  const query = words.map((parts) => parts.join(" ")).join(" ");
  const fuseScore = new Map(
    fuse.search(query).map(({ item, score }) => [item.id, score ?? 1]),
  );
  const position = new Map(ids.map((id, i) => [id, i / ids.length]));
  const score = (id: number) =>
    0.7 * (fuseScore.get(id) ?? 1) + 0.3 * (position.get(id) ?? 1);
  return [...ids].sort((a, b) => score(a) - score(b));
}
