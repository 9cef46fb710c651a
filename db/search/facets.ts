import { searchFilters, type SingleValuedFacet } from "@/db/options";

/**
 * How the one-value filters (db/options/search-filters.ts) are coded in the in-memory facet
 * index, in a module that imports nothing else from db/, so that the engines' SQL and the index
 * can both read it without a cycle.
 */

export type { SingleValuedFacet };

/** The values each one-value facet can take, in order. */
export const singleValuedFacets = Object.fromEntries(
  searchFilters.map((filter) => [filter.key, Object.keys(filter.options)]),
) as unknown as Record<SingleValuedFacet, readonly string[]>;
export const singleValuedFacetNames = searchFilters.map(
  (filter) => filter.key,
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
