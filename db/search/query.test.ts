import stem from "wink-porter2-stemmer";
import { describe, expect, it } from "vitest";
import { nhsTerms } from "./nhs-terms";
import {
  correctWord,
  editDistance,
  readQuery,
  typoBudget,
  type CatalogueWords,
} from "./query";

/** A catalogue's words, as the search index would hold them. */
function catalogue(words: Record<string, number>): CatalogueWords {
  const byStem = new Map<string, string[]>();
  for (const word of Object.keys(words))
    byStem.set(stem(word), [...(byStem.get(stem(word)) ?? []), word]);
  return {
    docs: new Map(Object.entries(words)),
    sorted: Object.keys(words).sort(),
    byStem,
  };
}

const words = catalogue({
  intervention: 5,
  training: 9,
  safely: 3,
  racism: 2,
  neurology: 4,
  lymphoedema: 1,
  delay: 2,
  discharge: 6,
  discharged: 1,
  staying: 1,
  patient: 12,
  first: 3,
  home: 3,
});

const formsOf = (q: string) =>
  readQuery(q, words).terms.map((term) =>
    term.forms.map((form) => form.words.join(" ")),
  );

describe("the typo budget", () => {
  it("allows no typo up to 4 letters, one from 5 and two from 9", async () => {
    expect([4, 5, 8, 9, 14].map((n) => typoBudget("x".repeat(n)))).toEqual([
      0, 1, 1, 2, 2,
    ]);
  });

  it("counts two swapped letters as one edit", async () => {
    expect(editDistance("racsim", "racism", 2)).toBe(1);
    expect(editDistance("lymphedema", "lymphoedema", 2)).toBe(1);
    expect(editDistance("kitten", "sitting", 2)).toBe(3);
  });
});

describe("spelling correction", () => {
  it("never replaces a correctly spelt English word, even one the catalogue lacks", async () => {
    for (const word of ["retention", "safety", "waiting", "mentoring", "car"])
      expect(correctWord(word, words), word).toBeNull();
  });

  it("corrects a misspelling to the catalogue word within its budget", async () => {
    expect(correctWord("racsim", words)).toBe("racism");
    expect(correctWord("neurolgy", words)).toBe("neurology");
    expect(correctWord("lymphodeema", words)).toBe("lymphoedema");
  });

  it("leaves short words alone and stays within the budget", async () => {
    expect(correctWord("rcsm", words)).toBeNull(); // 4 letters: no typos allowed
    expect(correctWord("rasicm", words)).toBeNull(); // 6 letters, 2 edits from racism
  });

  it("leaves a word that starts a catalogue word alone, as it is still being typed", async () => {
    expect(correctWord("neuro", words)).toBeNull();
  });
});

describe("reading a query", () => {
  it("matches word forms on both sides: delays finds delay, discharges finds discharge", async () => {
    expect(formsOf("delays")).toEqual([["delays", "delay"]]);
    expect(formsOf("discharges")).toEqual([
      ["discharges", "discharge", "discharged"],
    ]);
    expect(formsOf("stay")).toEqual([["stay", "staying"]]);
  });

  it("matches an English word as a whole word, and anything else also as the start of one", async () => {
    const [car] = readQuery("car", words).terms;
    expect(car?.forms[0]).toEqual({ words: ["car"], wholeWords: true });
    const [neuro] = readQuery("neuro", words).terms;
    expect(neuro?.forms[0]).toEqual({ words: ["neuro"], wholeWords: false });
  });

  it("leaves out common words unless there is nothing else", async () => {
    expect(
      readQuery("the patient in the ward", words).terms.map((t) => t.typed),
    ).toEqual(["patient", "ward"]);
    expect(readQuery("the", words).terms.map((t) => t.forms)).toEqual([
      [{ words: ["the"], wholeWords: true }],
    ]);
  });

  it("says what it corrected, keeping the other words as typed", async () => {
    expect(readQuery("home frist", words).correctedQuery).toBe("home first");
    expect(readQuery("home frist", words, { exact: true }).correctedQuery).toBe(
      null,
    );
  });

  it("reads NHS terms before common words are left out: 'A and E' is A&E", async () => {
    const [term] = readQuery("A and E", words).terms;
    expect(term?.typed).toBe("a and e");
    expect(term?.forms.map((form) => form.words.join(" "))).toContain(
      "emergency department",
    );
  });

  it("matches an acronym only as a whole word, so that ED does not find education", async () => {
    const [term] = readQuery("ED", words).terms;
    expect(term?.forms).toContainEqual({ words: ["ed"], wholeWords: true });
    expect(term?.forms).toContainEqual({
      words: ["emergency", "department"],
      wholeWords: false,
    });
  });

  it("looks for an NHS phrase word by word if no form of it is found", async () => {
    const [term] = readQuery("length of stay", words).terms;
    expect(term?.asWords?.map((word) => word.typed)).toEqual([
      "length",
      "stay",
    ]);
  });
});

describe("the NHS terms list", () => {
  it("covers the abbreviations staff use most", async () => {
    for (const form of [
      "A&E",
      "ED",
      "DNA",
      "LOS",
      "OT",
      "EDI",
      "BAME",
      "BME",
      "MH",
      "LD",
      "QI",
      "pre-op",
      "MAU",
      "VR",
    ])
      expect(
        nhsTerms.some((term) => term.forms.includes(form)),
        form,
      ).toBe(true);
  });

  it("gives every entry a source and every form one meaning", async () => {
    const seen = new Set<string>();
    for (const term of nhsTerms) {
      expect(term.source.length, term.forms[0]).toBeGreaterThan(20);
      expect(term.forms.length).toBeGreaterThanOrEqual(2);
      for (const form of term.forms) {
        expect(seen.has(form.toLowerCase()), form).toBe(false);
        seen.add(form.toLowerCase());
      }
    }
  });

  it("lets any form of an entry find every other form", async () => {
    for (const term of nhsTerms) {
      for (const form of term.forms) {
        const read = readQuery(form, words).terms;
        expect(read, form).toHaveLength(1);
        const found = read[0]!.forms.map((f) => f.words.join(" "));
        for (const other of term.forms)
          expect(found, `${form} → ${other}`).toContain(
            other
              .toLowerCase()
              .match(/[\p{L}\p{N}]+/gu)!
              .join(" "),
          );
      }
    }
  });
});
