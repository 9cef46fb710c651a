import { sql, type SQL } from "drizzle-orm";
import type { SearchFilters } from "@/db/core/engine";
import { singleValuedFacetNames, type SingleValuedFacet } from "./facets";

/** SQL that both engines read the same way: a search's filters over `examples AS e`. */

/** A list of values as SQL parameters, for IN (…). */
export const idList = (values: (string | number)[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

/**
 * The column (or expression) of `examples AS e` each one-value filter reads: a new filter in
 * db/options/search-filters.ts needs its entry here, and the compiler says so.
 */
const facetColumns: Record<SingleValuedFacet, SQL> = {
  settings: sql`e.care_setting`,
  stages: sql`e.stage`,
  evidence: sql`e.evidence`,
  tried: sql`CASE WHEN e.published_report_count > 0 THEN 'yes' END`,
  overTime: sql`CASE WHEN EXISTS (SELECT 1 FROM measures m WHERE m.example_id = e.id) THEN 'yes' END`,
};

/** Every one-value facet of `examples AS e`, named by its key, for the facet index's rows. */
export const facetSelection = sql.join(
  singleValuedFacetNames.map(
    (facet) => sql`${facetColumns[facet]} AS ${sql.identifier(facet)}`,
  ),
  sql`, `,
);

export const hasAnyFilter = (filters: SearchFilters) =>
  filters.themeIds.length > 0 ||
  singleValuedFacetNames.some((facet) => filters.values[facet].length > 0);

/** Published, and passing every filter chosen. */
export function filterConditions(filters: SearchFilters): SQL {
  const parts = [sql`e.status = 'published'`];
  for (const facet of singleValuedFacetNames) {
    const wanted = filters.values[facet];
    if (wanted.length > 0)
      parts.push(sql`${facetColumns[facet]} IN (${idList(wanted)})`);
  }
  if (filters.themeIds.length > 0) {
    parts.push(
      sql`EXISTS (SELECT 1 FROM example_themes t WHERE t.example_id = e.id AND t.theme_id IN (${idList(filters.themeIds)}))`,
    );
  }
  return sql.join(parts, sql` AND `);
}
