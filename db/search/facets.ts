import { careSettings, evidenceLevels, stages } from "@/db/options";

/**
 * The search's facets and how they are coded, in a module that imports nothing else from db/, so
 * that the engines' SQL and the in-memory index can both read it without a cycle.
 */

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
