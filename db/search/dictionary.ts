import "server-only";
import fs from "node:fs";
import path from "node:path";
import nspell from "nspell";

/**
 * British English spelling, from the Hunspell en-GB dictionary that LibreOffice maintains
 * (npm dictionary-en-gb), checked with nspell. Loaded on first use: about 0.25 s and 20 MB.
 */
let speller: ReturnType<typeof nspell> | null = null;

function loadSpeller() {
  // Read from node_modules by path: the package's own loader needs top-level await and
  // import.meta.url, which the server bundle does not keep.
  const folder = path.join(process.cwd(), "node_modules", "dictionary-en-gb");
  return nspell(
    fs.readFileSync(path.join(folder, "index.aff")),
    fs.readFileSync(path.join(folder, "index.dic")),
  );
}

/** Loads the dictionary now (at server start), so that no search waits for it. */
export function loadDictionary() {
  speller ??= loadSpeller();
  return speller;
}

/** Whether a lower-case word is correctly spelt British English. */
export function isBritishEnglishWord(word: string): boolean {
  return loadDictionary().correct(word);
}
