import { z } from "zod";
import { cleanText, plainText } from "@/app/forms/fields";
import { sortOptions, type Sort } from "@/db/options";
import { chosenValues, filterParams, searchFilters } from "@/db/options";
import type { SearchParams } from "@/db/search";

const sortValues = Object.keys(sortOptions) as [Sort, ...Sort[]];

/** Each one-value filter's URL parameter: a flag is `yes` or absent, a list any of its values. */
const filterSchemas = Object.fromEntries(
  searchFilters.map((filter) => {
    const values = Object.keys(filter.options) as [string, ...string[]];
    return [
      filter.param,
      "flag" in filter
        ? z.enum(values, filter.unknownValue).optional()
        : z.array(z.enum(values, filter.unknownValue)).max(20),
    ];
  }),
);

/** The search's URL parameters, shared by /examples, the theme pages and GET /api/search. */
function searchQuerySchema(themeSlugs: string[]) {
  const known = new Set(themeSlugs);
  return z.object({
    q: z
      .preprocess(
        cleanText,
        z
          .string()
          .max(200, "Search words must be 200 characters or fewer")
          .pipe(plainText("Search words")),
      )
      .optional(),
    theme: z
      .array(z.string().refine((slug) => known.has(slug), "Unknown theme"))
      .max(20, "Choose 20 themes or fewer"),
    ...filterSchemas,
    sort: z
      .enum(sortValues, "Sort must be relevance, newest or title")
      .optional(),
    page: z.coerce
      .number("Page must be a whole number")
      .int("Page must be a whole number")
      .min(1, "Page must be 1 or more")
      .max(5000, "Page must be 5000 or less")
      .optional(),
    exact: z.enum(["1", "true"], "Exact must be 1 or true").optional(),
  });
}

// Building the schema costs more than a search's parsing (zod compiles a parser on first use), and
// the themes change only when a moderator adds one: every search uses the one built last.
let lastBuilt: {
  themes: string;
  schema: ReturnType<typeof searchQuerySchema>;
} | null = null;

function searchQuerySchemaFor(themeSlugs: string[]) {
  const themes = themeSlugs.join("\n");
  if (lastBuilt?.themes !== themes)
    lastBuilt = { themes, schema: searchQuerySchema(themeSlugs) };
  return lastBuilt.schema;
}

type Raw = URLSearchParams | Record<string, string | string[] | undefined>;

/** Reads the parameters from a URL or from Next.js searchParams into plain values. */
export function rawSearchQuery(input: Raw) {
  const all = (key: string): string[] => {
    if (input instanceof URLSearchParams) return input.getAll(key);
    const value = input[key];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const first = (key: string) => all(key)[0];
  return {
    q: first("q"),
    theme: all("theme"),
    ...Object.fromEntries(
      searchFilters.map((filter) => [
        filter.param,
        "flag" in filter ? first(filter.param) || undefined : all(filter.param),
      ]),
    ),
    sort: first("sort") || undefined,
    page: first("page") || undefined,
    exact: first("exact") || undefined,
  };
}

export type SearchQueryResult =
  | { ok: true; params: SearchParams }
  | { ok: false; parameter: string; message: string };

/** Validates search parameters; the first problem is named so an API client can fix it. */
export function parseSearchQuery(
  input: Raw,
  themeSlugs: string[],
): SearchQueryResult {
  const parsed = searchQuerySchemaFor(themeSlugs).safeParse(
    rawSearchQuery(input),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      parameter: String(issue?.path[0] ?? "query"),
      message: issue?.message ?? "Invalid search",
    };
  }
  const { q, theme, sort, page, exact } = parsed.data;
  const values = parsed.data as unknown as Record<
    string,
    string | string[] | undefined
  >;
  return {
    ok: true,
    params: {
      q,
      themes: theme,
      ...filterParams((filter) => [values[filter.param] ?? []].flat()),
      sort,
      page,
      exact: exact !== undefined,
    },
  };
}

/** Lenient reading for pages: drops what is not valid rather than refusing the whole search. */
export function readSearchQuery(
  input: Raw,
  themeSlugs: string[],
): SearchParams {
  const raw = rawSearchQuery(input);
  const strict = parseSearchQuery(input, themeSlugs);
  if (strict.ok) return strict.params;
  const known = new Set(themeSlugs);
  const page = Number(raw.page);
  return {
    q: raw.q?.slice(0, 200),
    themes: raw.theme.filter((slug) => known.has(slug)),
    ...filterParams((filter) =>
      [
        (raw as Record<string, string | string[] | undefined>)[filter.param] ??
          [],
      ].flat(),
    ),
    sort: raw.sort && raw.sort in sortOptions ? (raw.sort as Sort) : undefined,
    page:
      Number.isInteger(page) && page >= 1 ? Math.min(page, 5000) : undefined,
    exact: raw.exact === "1" || raw.exact === "true",
  };
}

/** The URL of a search, with only the parameters that differ from the defaults. */
export function searchUrl(path: string, params: SearchParams): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  for (const theme of params.themes ?? []) query.append("theme", theme);
  const chosen = chosenValues(params);
  for (const filter of searchFilters)
    for (const value of chosen[filter.key]) query.append(filter.param, value);
  if (params.sort && params.sort !== "relevance")
    query.set("sort", params.sort);
  if (params.page && params.page > 1) query.set("page", String(params.page));
  if (params.exact) query.set("exact", "1");
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The JSON API URL for a search; on a theme's page every search is limited to that theme. */
export function searchApiUrl(
  params: SearchParams,
  themeScope?: string,
): string {
  return searchUrl(
    "/api/search",
    themeScope ? { ...params, themes: [themeScope] } : params,
  );
}

/** The "get emails about new examples" form for a search: its words and filters, not its page. */
export function alertFormUrl(
  params: SearchParams,
  themeScope?: string,
): string {
  const scoped = themeScope ? { ...params, themes: [themeScope] } : params;
  return searchUrl("/alerts/new", {
    ...scoped,
    page: undefined,
    sort: undefined,
    exact: undefined,
  });
}

/** The CSV download of every example a search finds (the open data API with format=csv). */
export function csvDownloadUrl(
  params: SearchParams,
  themeScope?: string,
): string {
  const scoped = themeScope ? { ...params, themes: [themeScope] } : params;
  const url = searchUrl("/api/examples", { ...scoped, page: undefined });
  return `${url}${url.includes("?") ? "&" : "?"}format=csv`;
}
