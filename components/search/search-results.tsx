import Link from "@/components/link";
import { alertFormUrl, csvDownloadUrl } from "@/app/examples/search-params";
import { resultsPerPage, sortOptions } from "@/db/options";
import type { SearchParams, SearchResponse } from "@/db/search";
import { ExampleList } from "../example-list";
import { pluralise } from "../format";
import { Pagination } from "../pagination";

/**
 * The results column: how many were found, the sort, what the search did with the words, the
 * examples, the CSV download and the pages.
 */
export function SearchResults({
  data,
  params,
  isFetching,
  isError,
  hrefFor,
  hasFilters,
  clearFiltersHref,
  scopeSlug,
}: {
  data: SearchResponse;
  params: SearchParams;
  isFetching: boolean;
  isError: boolean;
  hrefFor: (changes: Partial<SearchParams>) => string;
  hasFilters: boolean;
  clearFiltersHref: string;
  scopeSlug?: string;
}) {
  const hasWords = Boolean(params.q?.trim());
  return (
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
            value={
              params.sort && (params.sort !== "relevance" || hasWords)
                ? params.sort
                : hasWords
                  ? data.sort
                  : "newest"
            }
            onChange={() => {}}
          >
            {Object.entries(sortOptions)
              // Without words to rank by, nothing is more relevant than another.
              .filter(([value]) => value !== "relevance" || hasWords)
              .map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
          </select>
        </div>
      </div>

      {isError ? (
        <p className="nhsuk-error-message">
          Sorry, the results could not be updated. Press Search to try again.
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
          <ExampleList
            examples={data.results}
            terms={data.terms}
            openedFrom={{
              q: data.q,
              firstPosition: (data.page - 1) * resultsPerPage + 1,
            }}
          />
        ) : (
          <NoResults hasFilters={hasFilters} clearHref={clearFiltersHref} />
        )}
      </div>

      <p className="nhsuk-u-margin-top-4 app-no-print">
        <Link href={alertFormUrl(params, scopeSlug)}>
          Get emails about new examples like these
        </Link>
      </p>
      <p className="nhsuk-body-s app-no-print">
        <a href={csvDownloadUrl(params, scopeSlug)} download>
          Download these examples as CSV
        </a>
      </p>

      <Pagination
        page={data.page}
        pageCount={data.pageCount}
        hrefFor={(page) => hrefFor({ page, exact: params.exact })}
      />
    </div>
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
