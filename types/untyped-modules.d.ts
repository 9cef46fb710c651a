// Packages that ship no TypeScript types: only what the search uses.

declare module "wink-porter2-stemmer" {
  /** The Porter2 (Snowball English) stem of a lower-case word. */
  export default function stem(word: string): string;
}

declare module "stopword" {
  /** English stop words, lower case. */
  export const eng: string[];
}
