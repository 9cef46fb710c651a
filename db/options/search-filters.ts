import {
  careSettings,
  evidenceLevels,
  overTimeOptions,
  stages,
  triedOptions,
} from "./lists";

/**
 * The search's filters that take one value an example, in the order the filter panel shows them.
 * Browser-safe, so that the filter panel, the URL schema, the search, the engines' SQL and the
 * facet index all read this one list. Adding a filter is one entry here and its column in
 * db/search/sql.ts (the compiler asks for it).
 */
export const searchFilters = [
  {
    /** Its name in SearchParams, the search's facets and the facet index. */
    key: "settings",
    /** Its name in the URL and the form. */
    param: "setting",
    legend: "Care setting",
    /** Each value and how it is shown. */
    options: careSettings,
    unknownValue: "Unknown care setting",
  },
  {
    key: "stages",
    param: "stage",
    legend: "Stage",
    options: stages,
    unknownValue: "Unknown stage",
    definitions: { href: "/labels#stage", text: "What the stages mean" },
  },
  {
    key: "evidence",
    param: "evidence",
    legend: "Evidence",
    options: evidenceLevels,
    unknownValue: "Unknown evidence level",
    definitions: {
      href: "/labels#evidence",
      text: "What the evidence labels mean",
    },
  },
  {
    // One value: the example has at least one published "we tried this too" report. A yes/no
    // filter is a flag: `tried=yes` in the URL, `tried: true` in SearchParams.
    key: "tried",
    param: "tried",
    legend: "Tried elsewhere",
    options: triedOptions,
    unknownValue: "Tried must be yes",
    definitions: {
      href: "/labels#tried-elsewhere",
      text: "How this is counted",
    },
    flag: true,
  },
  {
    // One value: the example has at least one measure over time, shown as a chart.
    key: "overTime",
    param: "over-time",
    legend: "Results shown over time",
    options: overTimeOptions,
    unknownValue: "Results shown over time must be yes",
    definitions: {
      href: "/labels#results-over-time",
      text: "How to read these charts",
    },
    flag: true,
  },
] as const satisfies readonly {
  key: string;
  param: string;
  legend: string;
  options: Record<string, string>;
  unknownValue: string;
  definitions?: { href: string; text: string };
  flag?: true;
}[];

export type SearchFilter = (typeof searchFilters)[number];
export type SingleValuedFacet = SearchFilter["key"];
type ListFilter = Exclude<SearchFilter, { flag: true }>;
type FlagFilter = Extract<SearchFilter, { flag: true }>;

/** The filters' part of a search: the values chosen for each list, and each flag on or off. */
export type FilterParams = {
  [F in ListFilter as F["key"]]?: (keyof F["options"] & string)[];
} & { [F in FlagFilter as F["key"]]?: boolean };

/** Every filter off. */
export const noFilters = Object.fromEntries(
  searchFilters.map((filter) => [filter.key, "flag" in filter ? false : []]),
) as unknown as Required<FilterParams>;

/** The values chosen for each filter (a flag on is its one value), leaving out unknown ones. */
export function chosenValues(
  params: FilterParams,
): Record<SingleValuedFacet, string[]> {
  const chosen = params as Record<string, string[] | boolean | undefined>;
  return Object.fromEntries(
    searchFilters.map((filter) => {
      const value = chosen[filter.key];
      const values =
        typeof value === "boolean"
          ? value
            ? Object.keys(filter.options)
            : []
          : (value ?? []);
      return [
        filter.key,
        values.filter((v) => Object.hasOwn(filter.options, v)),
      ];
    }),
  ) as Record<SingleValuedFacet, string[]>;
}

/** The filters' part of a search from the values chosen for each (as a form or URL gives them). */
export function filterParams(
  valuesOf: (filter: SearchFilter) => string[],
): FilterParams {
  return Object.fromEntries(
    searchFilters.map((filter) => {
      const values = valuesOf(filter).filter((v) =>
        Object.hasOwn(filter.options, v),
      );
      return [filter.key, "flag" in filter ? values.length > 0 : values];
    }),
  ) as FilterParams;
}
