"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import {
  readSearchQuery,
  searchApiUrl,
  searchUrl,
} from "@/app/examples/search-params";
import type { SearchParams, SearchResponse } from "@/db/search";

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

/**
 * The search's state, kept in the URL: what the person has chosen (the URL follows it, and it
 * follows the URL on back and forward), the words as they type them (searched once they pause),
 * and the answer from the JSON API for the current choice.
 */
export function useSearchState({
  initial,
  initialApiUrl,
  action,
  themeSlugs,
  scopeSlug,
}: {
  /** The server's answer for the URL the page was rendered for. */
  initial: SearchResponse;
  /** The API URL that answer corresponds to, so it is not fetched again. */
  initialApiUrl: string;
  /** Where the form submits: /examples, or a theme's page. */
  action: string;
  themeSlugs: string[];
  /** On a theme's page: the theme every search is limited to. */
  scopeSlug?: string;
}) {
  const searchParams = useSearchParams();
  const urlParams = readSearchQuery(
    new URLSearchParams(searchParams.toString()),
    themeSlugs,
  );
  const urlKey = searchUrl(action, urlParams);

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

  const apiUrl = searchApiUrl(params, scopeSlug);
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

  /** The address of this search with some choices changed, back on its first page. */
  const hrefFor = (changes: Partial<SearchParams>) =>
    searchUrl(action, { ...params, page: undefined, ...changes });

  return { params, text, setText, data, isFetching, isError, go, hrefFor };
}
