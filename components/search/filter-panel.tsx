import Link from "@/components/link";
import {
  chosenValues,
  filterParams,
  noFilters,
  searchFilters,
} from "@/db/options";
import type { Facet, SearchParams, SearchResponse } from "@/db/search";

type HrefFor = (changes: Partial<SearchParams>) => string;

/** Every filter off, themes included: what "Clear filters" leads to. */
export const clearedFilters: Partial<SearchParams> = {
  themes: [],
  ...noFilters,
};

/**
 * The filters as the panel shows them: each group's facets, ticked as the URL says at once (the
 * counts follow when the new results arrive), and each ticked one with the address that removes
 * it.
 */
export function filterState(
  params: SearchParams,
  data: SearchResponse,
  hrefFor: HrefFor,
  scoped: boolean,
) {
  const chosen = chosenValues(params);
  const themeFacets = data.facets.themes.map((facet) => ({
    ...facet,
    selected: params.themes?.includes(facet.value) ?? false,
  }));
  const groups = searchFilters.map((filter) => ({
    filter,
    facets: data.facets[filter.key].map((facet) => ({
      ...facet,
      selected: chosen[filter.key].includes(facet.value),
    })),
  }));
  const selected = [
    ...(scoped ? [] : themeFacets)
      .filter((facet) => facet.selected)
      .map((facet) => ({
        key: `theme-${facet.value}`,
        facet,
        href: hrefFor({
          themes: params.themes?.filter((slug) => slug !== facet.value),
        }),
      })),
    ...groups.flatMap(({ filter, facets }) =>
      facets
        .filter((facet) => facet.selected)
        .map((facet) => ({
          key: `${filter.param}-${facet.value}`,
          facet,
          href: hrefFor(
            filterParams((each) =>
              each.key === filter.key
                ? chosen[each.key].filter((value) => value !== facet.value)
                : chosen[each.key],
            ),
          ),
        })),
    ),
  ];
  return { themeFacets, groups, selected };
}

/** The filter column: what is selected, then a group of checkboxes for each filter. */
export function FilterPanel({
  state: { themeFacets, groups, selected },
  hrefFor,
  scoped,
  open,
}: {
  state: ReturnType<typeof filterState>;
  hrefFor: HrefFor;
  /** On a theme's page the theme is not a choice. */
  scoped: boolean;
  /** On a phone the filter starts closed, so results come straight after the search box. */
  open: boolean;
}) {
  return (
    <div
      id="search-filters"
      className={
        open
          ? "app-filter-layout__filters app-filter-layout__filters--open"
          : "app-filter-layout__filters"
      }
    >
      <div className="app-filter">
        <h2 className="nhsuk-heading-m">Filter</h2>
        {selected.length > 0 ? (
          <div className="app-filter__selected">
            <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
              Selected filters
            </h3>
            <ul className="app-tag-list">
              {selected.map(({ key, facet, href }) => (
                <li key={key}>
                  <Link className="app-filter__tag" href={href} scroll={false}>
                    <span className="nhsuk-u-visually-hidden">
                      Remove this filter:{" "}
                    </span>
                    {facet.label}
                  </Link>
                </li>
              ))}
            </ul>
            <p>
              <Link href={hrefFor(clearedFilters)} scroll={false}>
                Clear filters
              </Link>
            </p>
          </div>
        ) : null}
        {scoped ? null : (
          <FacetCheckboxes legend="Themes" name="theme" facets={themeFacets} />
        )}
        {groups
          // A filter no listed example has a value for would only offer zeros.
          .filter(({ facets }) =>
            facets.some((facet) => facet.count > 0 || facet.selected),
          )
          .map(({ filter, facets }) => (
            <FacetCheckboxes
              key={filter.key}
              legend={filter.legend}
              name={filter.param}
              facets={facets}
              definitions={
                "definitions" in filter ? filter.definitions : undefined
              }
            />
          ))}
        <button
          className="nhsuk-button nhsuk-button--secondary app-filter__apply"
          type="submit"
        >
          Apply filters
        </button>
      </div>
    </div>
  );
}

function FacetCheckboxes({
  legend,
  name,
  facets,
  definitions,
}: {
  legend: string;
  name: string;
  facets: Facet[];
  /** A link to where the values are explained. */
  definitions?: { href: string; text: string };
}) {
  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          {legend}
        </legend>
        {definitions ? (
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
            <Link href={definitions.href}>{definitions.text}</Link>
          </p>
        ) : null}
        <div
          className="nhsuk-checkboxes nhsuk-checkboxes--small"
          data-module="nhsuk-checkboxes"
        >
          {facets.map((facet) => (
            <div key={facet.value} className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id={`${name}-${facet.value}`}
                name={name}
                type="checkbox"
                value={facet.value}
                checked={facet.selected}
                onChange={() => {}}
              />
              <label
                className="nhsuk-label nhsuk-checkboxes__label"
                htmlFor={`${name}-${facet.value}`}
              >
                {facet.label}{" "}
                <span className="app-facet-count">({facet.count})</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
