"use client";

import { useSyncExternalStore } from "react";
import { readShortlistRefs } from "@/app/shortlist/shortlist-refs";

// The shortlist lives in this browser only: no account, nothing sent to the server until a link
// to it is opened.
const storageKey = "shortlist";
const changeEvent = "shortlist-change";

let cachedText: string | null = null;
let cachedList: string[] = [];

function readStored(): string[] {
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(storageKey);
  } catch {
    // Storage turned off (some private modes): the shortlist is simply empty.
  }
  if (text !== cachedText) {
    cachedText = text;
    let parsed: unknown = [];
    try {
      parsed = JSON.parse(text ?? "[]");
    } catch {
      parsed = [];
    }
    cachedList = readShortlistRefs(
      Array.isArray(parsed) ? parsed.map(String) : [],
    ).references;
  }
  return cachedList;
}

/** Replaces the stored shortlist; every component showing it follows, in every tab. */
export function saveShortlist(references: string[]): void {
  const { references: clean } = readShortlistRefs(references);
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(clean));
  } catch {
    return;
  }
  window.dispatchEvent(new Event(changeEvent));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(changeEvent, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(changeEvent, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/**
 * The references on this browser's shortlist, in the order added; null while the page is
 * rendered on the server or before it has hydrated, when the list cannot be known.
 */
export function useShortlist(): string[] | null {
  return useSyncExternalStore<string[] | null>(
    subscribe,
    readStored,
    () => null,
  );
}
