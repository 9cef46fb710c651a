import { eng as englishStopWords } from "stopword";
import stem from "wink-porter2-stemmer";
import { isBritishEnglishWord } from "./dictionary";
import { nhsTerms } from "./nhs-terms";

/**
 * Reading a search query, the same whichever database answers it: its words, the NHS terms in
 * it, spelling corrections and the forms each word may take in an example. The database side
 * only turns the result into its own full-text query.
 */

/** What the query reader needs to know of the catalogue's own words. */
export type CatalogueWords = {
  /** Each word in the full-text index, with how many examples use it. */
  docs: Map<string, number>;
  /** The same words in code point order, for prefix look-ups. */
  sorted: string[];
  /** Words by their Porter2 stem, so that "delays" can find "delay". */
  byStem: Map<string, string[]>;
};

/** One way a term may appear: a phrase of words, the last of them possibly the start of a longer word. */
export type TermForm = { words: string[]; wholeWords: boolean };

/** One thing the person asked for: a word, or an NHS term that may be several words. */
export type QueryTerm = {
  /** As typed (lower case, accents removed), for messages. */
  typed: string;
  /** The spelling correction, when the word was misspelt. */
  corrected: string | null;
  forms: TermForm[];
  /** A single word (not an NHS term), which may run together with its neighbour. */
  plainWord: boolean;
  /** For an NHS term of several words: the words on their own, if no form of it is found. */
  asWords?: QueryTerm[];
};

export type ReadQuery = {
  terms: QueryTerm[];
  /** The whole query with corrections made, or null when nothing was corrected. */
  correctedQuery: string | null;
};

/** Lower case, accents removed: how the full-text index sees a word. */
export function normaliseWord(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

type Chunk = { text: string; parts: string[] };

/** The query's words as typed (without surrounding punctuation), each with its parts. */
function splitQuery(q: string): Chunk[] {
  return q
    .split(/\s+/)
    .map((chunk) => {
      const text = normaliseWord(chunk).replace(
        /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu,
        "",
      );
      return { text, parts: text.match(/[\p{L}\p{N}]+/gu) ?? [] };
    })
    .filter(({ parts }) => parts.length > 0)
    .slice(0, 12);
}

/**
 * The words searched, as the reader sees them: lower case, accents and surrounding punctuation
 * removed, one space between, at most 12. What search insights count, never the raw text.
 */
export function normaliseQuery(q: string): string {
  return splitQuery(q)
    .map(({ text }) => text)
    .join(" ");
}

/** The query's words, each split into its hyphen- or punctuation-joined parts. */
export function queryWords(q: string): string[][] {
  return splitQuery(q).map(({ parts }) => parts);
}

const stopWords = new Set(englishStopWords);

/** Typos allowed in a word of this length: none up to 4 letters, 1 from 5, 2 from 9. */
export function typoBudget(word: string): number {
  return word.length <= 4 ? 0 : word.length <= 8 ? 1 : 2;
}

const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Every string one edit away: a letter deleted, swapped with the next, changed or added. */
export function oneEditAway(word: string): Set<string> {
  const edits = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) edits.add(head + tail.slice(1));
    if (tail.length > 1) edits.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of alphabet) {
      if (tail) edits.add(head + letter + tail.slice(1));
      edits.add(head + letter + tail);
    }
  }
  edits.delete(word);
  return edits;
}

/**
 * Edits between two words, counting a swap of neighbouring letters as one (optimal string
 * alignment), or `limit + 1` as soon as it must be more than `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

function startsAnyWord(sorted: string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < prefix) low = mid + 1;
    else high = mid;
  }
  return sorted[low]?.startsWith(prefix) ?? false;
}

/**
 * The catalogue word a misspelt word was meant to be, or null. Only a word that the catalogue
 * does not know and that is not correctly spelt English is corrected, within its typo budget, to
 * the closest catalogue word (the most used, when several are as close).
 */
export function correctWord(
  word: string,
  words: CatalogueWords,
): string | null {
  if (words.docs.has(word) || startsAnyWord(words.sorted, word)) return null;
  const budget = typoBudget(word);
  if (budget === 0 || /\d/.test(word) || isBritishEnglishWord(word))
    return null;
  let best: string | null = null;
  let bestDocs = 0;
  for (const candidate of oneEditAway(word)) {
    const docs = words.docs.get(candidate) ?? 0;
    if (docs > bestDocs) [best, bestDocs] = [candidate, docs];
  }
  if (best || budget < 2) return best;
  for (const candidate of words.sorted) {
    if (editDistance(word, candidate, 2) > 2) continue;
    const docs = words.docs.get(candidate) ?? 0;
    if (docs > bestDocs) [best, bestDocs] = [candidate, docs];
  }
  return best;
}

/**
 * The forms a word may take. A correctly spelt English word matches as a whole word, in any of
 * the forms the catalogue has of it (delays → delay, staying → stay), so that "car" does not find
 * "care". Anything else (a partial word as it is typed, "neuro", an abbreviation) also matches as
 * the start of a longer word.
 */
function wordForms(word: string[], words: CatalogueWords): TermForm[] {
  const only = word.length === 1 ? word[0]! : null;
  const whole = only !== null && isBritishEnglishWord(only);
  const typed: TermForm = { words: word, wholeWords: whole };
  if (!only || only.length < 3 || /\d/.test(only)) return [typed];
  const others = (words.byStem.get(stem(only)) ?? [])
    .filter((other) => other !== only && (whole || !other.startsWith(only)))
    .slice(0, 8)
    .map((other) => ({ words: [other], wholeWords: true }));
  return [typed, ...others];
}

type ReadTerm = QueryTerm & { stopWord: boolean };

/** A word of the query as a term, corrected for spelling unless `exact`. */
function wordTerm(
  { text, parts }: Chunk,
  words: CatalogueWords,
  exact: boolean,
): ReadTerm {
  const corrected = exact
    ? parts
    : parts.map((part) => correctWord(part, words) ?? part);
  const changed = corrected.join(" ") !== parts.join(" ");
  return {
    typed: text,
    corrected: changed ? corrected.join("-") : null,
    forms: wordForms(corrected, words),
    plainWord: true,
    stopWord: parts.length === 1 && stopWords.has(parts[0]!),
  };
}

const isAcronym = (form: string) => !/[a-z]/.test(form);

/** A group of forms the search treats as one thing: an NHS term, or one a moderator taught it. */
export type TermGroup = { forms: string[] };

/** A form as the reader matches it: its words, with every form of its group. */
type CompiledForm = { words: string[]; forms: TermForm[] };

/** The terms the reader knows, each form as words, longest first, so "A and E" wins over "A". */
export type KnownTerms = readonly CompiledForm[];

/** Compiles groups of forms for readQuery. */
export function knownTerms(groups: readonly TermGroup[]): KnownTerms {
  return groups
    .flatMap((term) =>
      term.forms.map((form) => ({
        words: queryWords(form).flat(),
        forms: term.forms.map((other) => ({
          words: queryWords(other).flat(),
          wholeWords: isAcronym(other),
        })),
      })),
    )
    .filter((form) => form.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
}

/** The reviewed NHS terms alone (db/search/nhs-terms.ts). */
export const reviewedTerms = knownTerms(nhsTerms);

/** A moderator's "this word means that one". */
export type Synonym = { word: string; means: string };

/**
 * The reviewed terms with moderators' synonyms joined in: a synonym whose word or meaning is
 * already a form of a group joins that group (so "virtual ward" meaning "hospital at home" also
 * brings in whatever else "hospital at home" was taught to mean); otherwise the two make a group.
 */
export function withSynonyms(
  groups: readonly TermGroup[],
  synonyms: readonly Synonym[],
): TermGroup[] {
  const keyOf = (form: string) => queryWords(form).flat().join(" ");
  const parent = new Map<string, string>();
  const firstSpelling = new Map<string, string>();
  const find = (key: string): string => {
    const above = parent.get(key) ?? key;
    if (above === key) return key;
    const root = find(above);
    parent.set(key, root);
    return root;
  };
  const add = (form: string) => {
    const key = keyOf(form);
    if (!key) return null;
    if (!firstSpelling.has(key)) firstSpelling.set(key, form);
    if (!parent.has(key)) parent.set(key, key);
    return key;
  };
  const join = (a: string | null, b: string | null) => {
    if (a && b && find(a) !== find(b)) parent.set(find(a), find(b));
  };
  for (const group of groups) {
    const keys = group.forms.map(add);
    for (const key of keys.slice(1)) join(keys[0]!, key);
  }
  for (const synonym of synonyms) join(add(synonym.word), add(synonym.means));
  const merged = new Map<string, string[]>();
  for (const [key, form] of firstSpelling) {
    const root = find(key);
    merged.set(root, [...(merged.get(root) ?? []), form]);
  }
  return [...merged.values()]
    .filter((forms) => forms.length > 1)
    .map((forms) => ({ forms }));
}

/** The NHS term that starts at chunks[start], and how many chunks it covers. */
function nhsTermAt(chunks: Chunk[], start: number, terms: KnownTerms) {
  for (const candidate of terms) {
    const found: string[] = [];
    let end = start;
    while (end < chunks.length && found.length < candidate.words.length)
      found.push(...chunks[end++]!.parts);
    if (found.join(" ") === candidate.words.join(" "))
      return { forms: candidate.forms, chunkCount: end - start };
  }
  return null;
}

const withoutStopWords = (terms: ReadTerm[]): QueryTerm[] =>
  terms.flatMap(({ stopWord, ...term }) => (stopWord ? [] : [term]));

/**
 * Reads a query: NHS terms first (with every form they may take), then the other words, leaving
 * out short common words ("of", "and") unless there is nothing else. Unless `exact`, misspelt
 * words are corrected.
 */
export function readQuery(
  q: string,
  words: CatalogueWords,
  {
    exact = false,
    known = reviewedTerms,
  }: { exact?: boolean; known?: KnownTerms } = {},
): ReadQuery {
  const chunks = splitQuery(q);
  const terms: ReadTerm[] = [];
  for (let i = 0; i < chunks.length;) {
    const nhs = nhsTermAt(chunks, i, known);
    if (!nhs) {
      terms.push(wordTerm(chunks[i++]!, words, exact));
      continue;
    }
    const covered = chunks.slice(i, i + nhs.chunkCount);
    terms.push({
      typed: covered.map(({ text }) => text).join(" "),
      corrected: null,
      forms: nhs.forms,
      plainWord: false,
      stopWord: false,
      asWords:
        covered.length > 1
          ? withoutStopWords(
              covered.map((chunk) => wordTerm(chunk, words, true)),
            )
          : undefined,
    });
    i += nhs.chunkCount;
  }
  const correctedQuery = terms.some((term) => term.corrected)
    ? terms.map((term) => term.corrected ?? term.typed).join(" ")
    : null;
  const meaningful = withoutStopWords(terms);
  return {
    // A query of nothing but common words ("the") finds them as whole words, not as the start
    // of every word.
    terms:
      meaningful.length > 0
        ? meaningful
        : terms.map(({ stopWord: _, ...term }) => ({
            ...term,
            forms: term.forms.map((form) => ({ ...form, wholeWords: true })),
          })),
    correctedQuery,
  };
}
