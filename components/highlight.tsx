import { Fragment } from "react";

const escapeRegExp = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Wraps words that start with a searched term in <mark>; text stays text, never HTML. */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  const parts = [
    ...new Set(
      terms.flatMap((term) => [...term.split(/\s+/), term.replace(/\s+/g, "")]),
    ),
  ]
    .filter((part) => part.length >= 2)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  if (parts.length === 0) return text;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])((?:${parts.join("|")})[\\p{L}\\p{N}]*)`,
    "giu",
  );
  return text
    .split(pattern)
    .map((piece, i) =>
      i % 2 === 1 ? (
        <mark key={i}>{piece}</mark>
      ) : (
        <Fragment key={i}>{piece}</Fragment>
      ),
    );
}
