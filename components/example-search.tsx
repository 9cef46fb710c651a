"use client";

import { useState } from "react";
import { filterParams } from "@/db/options";
import type { SearchParams, SearchResponse } from "@/db/search";
import {
  FilterPanel,
  clearedFilters,
  filterState,
} from "./search/filter-panel";
import { SearchResults } from "./search/search-results";
import { useSearchState } from "./search/use-search-state";

type Props = {
  /** The server's answer for the URL the page was rendered for. */
  initial: SearchResponse;
  /** The API URL that answer corresponds to, so it is not fetched again. */
  initialApiUrl: string;
  /** Where the form submits: /examples, or a theme's page. */
  action: string;
  themeSlugs: string[];
  /** On a theme's page: the theme every search is limited to. */
  scope?: { slug: string; name: string };
};

function paramsFromForm(form: HTMLFormElement): SearchParams {
  const data = new FormData(form);
  return {
    q: String(data.get("q") ?? "").trim() || undefined,
    themes: data.getAll("theme").map(String),
    ...filterParams((filter) => data.getAll(filter.param).map(String)),
    sort: (String(data.get("sort") ?? "") || undefined) as SearchParams["sort"],
  };
}

/**
 * The search form and its results. Without JavaScript it is a plain GET form; with it, results
 * follow the words as they are typed, from the JSON API, and every state stays in the URL
 * (useSearchState).
 */
export function ExampleSearch({
  initial,
  initialApiUrl,
  action,
  themeSlugs,
  scope,
}: Props) {
  const { params, text, setText, data, isFetching, isError, go, hrefFor } =
    useSearchState({
      initial,
      initialApiUrl,
      action,
      themeSlugs,
      scopeSlug: scope?.slug,
    });
  const filters = filterState(params, data, hrefFor, Boolean(scope));
  const appliedFilters = filters.selected.length;
  // On a phone the filter starts closed, so results come straight after the search box.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const searchLabel = scope
    ? `Search ${scope.name} examples`
    : "Search examples";

  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={searchLabel}
      onSubmit={(event) => {
        event.preventDefault();
        go(paramsFromForm(event.currentTarget));
      }}
      onChange={(event) => {
        // Ticking a box or choosing a sort applies at once; typing waits for a pause.
        if ((event.target as HTMLElement).getAttribute("name") !== "q")
          go(paramsFromForm(event.currentTarget));
      }}
    >
      <div className="nhsuk-form-group app-search">
        <label className="nhsuk-label nhsuk-label--s" htmlFor="search-q">
          {searchLabel}
        </label>
        <div className="nhsuk-hint" id="search-q-hint">
          For example, discharge, neurology or racism
        </div>
        <div className="app-search-row">
          <input
            className="nhsuk-input"
            id="search-q"
            name="q"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby="search-q-hint"
            autoComplete="off"
            maxLength={200}
          />
          <button
            className="nhsuk-button nhsuk-u-margin-bottom-0"
            type="submit"
          >
            Search
          </button>
        </div>
      </div>

      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary app-filter-toggle"
        aria-expanded={filtersOpen}
        aria-controls="search-filters"
        onClick={() => setFiltersOpen(!filtersOpen)}
      >
        {filtersOpen ? "Hide filters" : "Show filters"}
        {appliedFilters > 0 ? ` (${appliedFilters} applied)` : ""}
      </button>

      <div className="app-filter-layout">
        <FilterPanel
          state={filters}
          hrefFor={hrefFor}
          scoped={Boolean(scope)}
          open={filtersOpen}
        />
        <SearchResults
          data={data}
          params={params}
          isFetching={isFetching}
          isError={isError}
          hrefFor={hrefFor}
          hasFilters={appliedFilters > 0}
          clearFiltersHref={hrefFor(clearedFilters)}
          scopeSlug={scope?.slug}
        />
      </div>
    </form>
  );
}
