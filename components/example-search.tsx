"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import {
  csvDownloadUrl,
  readSearchQuery,
  searchApiUrl,
  searchUrl,
} from "@/app/examples/search-params";
import { sortOptions } from "@/db/options";
import type { Facet, SearchParams, SearchResponse } from "@/db/search";
import { ExampleList } from "./example-list";
import { pluralise } from "./format";
import { Pagination } from "./pagination";

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

const typingDelay = 300;

async function fetchSearch(
  url: string,
  signal: AbortSignal,
): Promise<SearchResponse> {
  const response = await fetch(url, {
    signal,
    // Revalidate every time (a cheap 304 when nothing changed), so a publish shows at once here
    // even though caches in front may keep the answer for a short while.
    cache: "no-cache",
    headers: { Accept: "application/json" },
  });
  if (!response.ok)
    throw new Error(`Search failed with status ${response.status}`);
  return (await response.json()) as SearchResponse;
}

function paramsFromForm(form: HTMLFormElement): SearchParams {
  const data = new FormData(form);
  return {
    q: String(data.get("q") ?? "").trim() || undefined,
    themes: data.getAll("theme").map(String),
    settings: data.getAll("setting").map(String) as SearchParams["settings"],
    stages: data.getAll("stage").map(String) as SearchParams["stages"],
    evidence: data.getAll("evidence").map(String) as SearchParams["evidence"],
    tried: data.get("tried") === "yes",
    sort: (String(data.get("sort") ?? "") || undefined) as SearchParams["sort"],
  };
}

/**
 * The search form and its results. Without JavaScript it is a plain GET form; with it, results
 * follow the words as they are typed, from the JSON API, and every state stays in the URL.
 */
export function ExampleSearch({
  initial,
  initialApiUrl,
  action,
  themeSlugs,
  scope,
}: Props) {
  const searchParams = useSearchParams();
  const urlParams = readSearchQuery(
    new URLSearchParams(searchParams.toString()),
    themeSlugs,
  );
  const urlKey = searchUrl(action, urlParams);

  // What the person has chosen; the URL follows it, and it follows the URL on back and forward.
  const [params, setParams] = useState(urlParams);
  const [text, setText] = useState(urlParams.q ?? "");
  const [seenUrlKey, setSeenUrlKey] = useState(urlKey);
  if (urlKey !== seenUrlKey) {
    setSeenUrlKey(urlKey);
    if (urlKey !== searchUrl(action, params)) {
      setParams(urlParams);
      setText(urlParams.q ?? "");
    }
  }

  const apiUrl = searchApiUrl(params, scope?.slug);
  const {
    data = initial,
    isFetching,
    isError,
  } = useQuery({
    queryKey: ["search", apiUrl],
    queryFn: ({ signal }) => fetchSearch(apiUrl, signal),
    initialData: apiUrl === initialApiUrl ? initial : undefined,
    placeholderData: keepPreviousData,
  });

  const go = (next: SearchParams) => {
    setParams(next);
    window.history.pushState(null, "", searchUrl(action, next));
  };

  // Search as the person types, once they pause.
  useEffect(() => {
    const words = text.trim() || undefined;
    if (words === params.q) return;
    const timer = setTimeout(
      () => go({ ...params, q: words, page: undefined, exact: false }),
      typingDelay,
    );
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only typing starts this timer
  }, [text]);

  const hrefFor = (changes: Partial<SearchParams>) =>
    searchUrl(action, { ...params, page: undefined, ...changes });

  // What is ticked follows the URL at once; counts follow when the new results arrive.
  const themeFacets = data.facets.themes.map((facet) => ({
    ...facet,
    selected: params.themes?.includes(facet.value) ?? false,
  }));
  const chosen = (facets: Facet[], values: string[] | undefined) =>
    facets.map((facet) => ({
      ...facet,
      selected: values?.includes(facet.value) ?? false,
    }));
  const settingFacets = chosen(data.facets.settings, params.settings);
  const stageFacets = chosen(data.facets.stages, params.stages);
  const evidenceFacets = chosen(data.facets.evidence, params.evidence);
  const triedFacets = chosen(data.facets.tried, params.tried ? ["yes"] : []);
  const selectedThemes = scope
    ? []
    : themeFacets.filter((facet) => facet.selected);
  // Each selected filter with the address that removes it.
  const selected = [
    ...selectedThemes.map((facet) => ({
      facet,
      href: hrefFor({
        themes: params.themes?.filter((slug) => slug !== facet.value),
      }),
    })),
    ...settingFacets
      .filter((facet) => facet.selected)
      .map((facet) => ({
        facet,
        href: hrefFor({
          settings: params.settings?.filter((s) => s !== facet.value),
        }),
      })),
    ...stageFacets
      .filter((facet) => facet.selected)
      .map((facet) => ({
        facet,
        href: hrefFor({
          stages: params.stages?.filter((s) => s !== facet.value),
        }),
      })),
    ...evidenceFacets
      .filter((facet) => facet.selected)
      .map((facet) => ({
        facet,
        href: hrefFor({
          evidence: params.evidence?.filter((e) => e !== facet.value),
        }),
      })),
    ...triedFacets
      .filter((facet) => facet.selected)
      .map((facet) => ({ facet, href: hrefFor({ tried: false }) })),
  ];
  const noFilters = {
    themes: [],
    settings: [],
    stages: [],
    evidence: [],
    tried: false,
  };
  const appliedFilters = selected.length;
  const hasFilters = appliedFilters > 0;
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
        <div
          id="search-filters"
          className={
            filtersOpen
              ? "app-filter-layout__filters app-filter-layout__filters--open"
              : "app-filter-layout__filters"
          }
        >
          <div className="app-filter">
            <h2 className="nhsuk-heading-m">Filter</h2>
            {hasFilters ? (
              <div className="app-filter__selected">
                <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
                  Selected filters
                </h3>
                <ul className="app-tag-list">
                  {selected.map(({ facet, href }) => (
                    <li key={facet.value}>
                      <Link
                        className="app-filter__tag"
                        href={href}
                        scroll={false}
                      >
                        <span className="nhsuk-u-visually-hidden">
                          Remove this filter:{" "}
                        </span>
                        {facet.label}
                      </Link>
                    </li>
                  ))}
                </ul>
                <p>
                  <Link href={hrefFor(noFilters)} scroll={false}>
                    Clear filters
                  </Link>
                </p>
              </div>
            ) : null}
            {scope ? null : (
              <FacetCheckboxes
                legend="Themes"
                name="theme"
                facets={themeFacets}
              />
            )}
            <FacetCheckboxes
              legend="Care setting"
              name="setting"
              facets={settingFacets}
            />
            <FacetCheckboxes
              legend="Stage"
              name="stage"
              facets={stageFacets}
              definitions={{
                href: "/labels#stage",
                text: "What the stages mean",
              }}
            />
            <FacetCheckboxes
              legend="Evidence"
              name="evidence"
              facets={evidenceFacets}
              definitions={{
                href: "/labels#evidence",
                text: "What the evidence labels mean",
              }}
            />
            <FacetCheckboxes
              legend="Tried elsewhere"
              name="tried"
              facets={triedFacets}
              definitions={{
                href: "/labels#tried-elsewhere",
                text: "How this is counted",
              }}
            />
            <button
              className="nhsuk-button nhsuk-button--secondary app-filter__apply"
              type="submit"
            >
              Apply filters
            </button>
          </div>
        </div>

        <div className="app-filter-layout__results">
          <div className="app-results-header">
            <p
              role="status"
              className="nhsuk-body nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-2"
            >
              {resultCount(data)}
              {isFetching ? (
                <span className="nhsuk-u-visually-hidden"> (updating)</span>
              ) : null}
            </p>
            <div className="nhsuk-form-group app-sort">
              <label className="nhsuk-label" htmlFor="search-sort">
                Sort by
              </label>
              <select
                className="nhsuk-select"
                id="search-sort"
                name="sort"
                value={params.sort ?? data.sort}
                onChange={() => {}}
              >
                {Object.entries(sortOptions).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          </div>

          {isError ? (
            <p className="nhsuk-error-message">
              Sorry, the results could not be updated. Press Search to try
              again.
            </p>
          ) : null}

          {data.correctedQuery ? (
            <p>
              Showing results for &lsquo;{data.correctedQuery}&rsquo;.{" "}
              <Link href={hrefFor({ exact: true })}>
                Search instead for &lsquo;{data.q}&rsquo;
              </Link>
            </p>
          ) : null}
          <PartialMatchNote data={data} />

          <div
            aria-busy={isFetching}
            className={isFetching ? "app-results--loading" : undefined}
          >
            {data.results.length > 0 ? (
              <ExampleList examples={data.results} terms={data.terms} />
            ) : (
              <NoResults
                hasFilters={hasFilters}
                clearHref={hrefFor(noFilters)}
              />
            )}
          </div>

          <p className="nhsuk-body-s app-no-print">
            <a href={csvDownloadUrl(params, scope?.slug)} download>
              Download these examples as CSV
            </a>
          </p>

          <Pagination
            page={data.page}
            pageCount={data.pageCount}
            hrefFor={(page) => hrefFor({ page, exact: params.exact })}
          />
        </div>
      </div>
    </form>
  );
}

/** ‘a’, ‘b’ or ‘c’ */
function quotedList(words: string[], join: "and" | "or"): string {
  const quoted = words.map((word) => `‘${word}’`);
  return quoted.length > 1
    ? `${quoted.slice(0, -1).join(", ")} ${join} ${quoted.at(-1)}`
    : (quoted[0] ?? "");
}

/** Says which words were left out or loosened, so that a partial answer is never passed off as a full one. */
function PartialMatchNote({ data }: { data: SearchResponse }) {
  if (data.results.length === 0) return null;
  const notes: string[] = [];
  if (data.unmatchedWords.length > 0)
    notes.push(`No examples mention ${quotedList(data.unmatchedWords, "or")}.`);
  notes.push(
    data.matchedAnyWord
      ? `No example mentions all of ${quotedList(data.matchedWords, "and")}. Showing examples that mention any of them.`
      : `Showing examples that match ${quotedList(data.matchedWords, "and")}.`,
  );
  if (data.unmatchedWords.length === 0 && !data.matchedAnyWord) return null;
  return <p>{notes.join(" ")}</p>;
}

function resultCount(data: SearchResponse): string {
  const count = pluralise(data.total, "example");
  const words = data.correctedQuery ?? data.q;
  const pages =
    data.pageCount > 1 ? `, page ${data.page} of ${data.pageCount}` : "";
  return words ? `${count} found for ‘${words}’${pages}` : `${count}${pages}`;
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

function NoResults({
  hasFilters,
  clearHref,
}: {
  hasFilters: boolean;
  clearHref: string;
}) {
  return (
    <>
      <h2 className="nhsuk-heading-m">No examples found</h2>
      <p>Improve your results by:</p>
      <ul>
        <li>checking your spelling</li>
        <li>using fewer or different words</li>
        {hasFilters ? (
          <li>
            <Link href={clearHref}>removing filters</Link>
          </li>
        ) : null}
        <li>
          <Link href="/themes">browsing examples by theme</Link>
        </li>
      </ul>
    </>
  );
}
