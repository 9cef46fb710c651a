import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { looksLikePersonalData } from "./personal-data";

// Ordinary search words: letters, hyphens and short numbers ("covid 19", "a and e").
const word = fc.oneof(
  fc.stringMatching(/^[a-z][a-z-]{0,12}$/),
  fc.stringMatching(/^[0-9]{1,3}$/),
);
const words = fc.array(word, { minLength: 0, maxLength: 5 });
const around = (inner: fc.Arbitrary<string>) =>
  fc
    .tuple(words, inner, words)
    .map(([before, middle, after]) => [...before, middle, ...after].join(" "));

const digit = fc.integer({ min: 0, max: 9 }).map(String);
// The zero of some scripts' digits: ASCII, full-width, Arabic-Indic, Extended Arabic-Indic,
// Devanagari and Bengali. Their other digits follow in order.
const zeros = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6];
const anyScriptDigit = fc
  .tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom(...zeros))
  .map(([value, zero]) => String.fromCodePoint(zero + value));
const letter = fc.constantFrom(..."ABCDEFGHIJKLMNOPRSTUWYZ");
// Outward code (A9, A99, AA9, AA99, A9A, AA9A), then the inward code (9AA).
const ukPostcode = fc
  .tuple(
    fc.array(letter, { minLength: 1, maxLength: 2 }),
    digit,
    fc.option(fc.oneof(digit, letter), { nil: "" }),
    fc.constantFrom(" ", "", "  ", "-", " - "),
    digit,
    letter,
    letter,
    fc.boolean(),
  )
  .map(([area, district, extra, space, sector, unit1, unit2, lower]) => {
    const code = `${area.join("")}${district}${extra}${space}${sector}${unit1}${unit2}`;
    return lower ? code.toLowerCase() : code;
  });
const digitRun = fc
  .array(
    fc.tuple(
      anyScriptDigit,
      fc.constantFrom("", "", " ", "-", "_", ",", ".", "/", "  ", " - "),
    ),
    { minLength: 6, maxLength: 14 },
  )
  .map((parts) =>
    parts.map(([d, separator], i) => (i === 0 ? d : separator + d)).join(""),
  );
// An address as people paste it: spaces around the @ sometimes, a full-width ＠ sometimes.
const spacedEmail = fc
  .tuple(fc.emailAddress(), fc.constantFrom("@", " @", "@ ", " @ ", "＠"))
  .map(([address, at]) => address.replace("@", at));

describe("the personal-data filter", () => {
  it("drops any query with an email address in it, however it is spaced", () => {
    fc.assert(
      fc.property(around(spacedEmail), (query) => looksLikePersonalData(query)),
      { numRuns: 1000 },
    );
  });

  it("drops any query with six or more digits in a run, of any script, however they are separated", () => {
    fc.assert(
      fc.property(around(digitRun), (query) => looksLikePersonalData(query)),
      { numRuns: 1000 },
    );
    for (const query of [
      "943 476 5919",
      "call 01632-960-001",
      "943_476_5919",
      "943,476,5919",
      "٩٤٣٤٧٦٥٩١٩",
      "९४३ ४७६ ५९१९",
    ])
      expect(looksLikePersonalData(query), query).toBe(true);
  });

  it("drops any query with a full UK postcode in it", () => {
    fc.assert(
      fc.property(around(ukPostcode), (query) => looksLikePersonalData(query)),
      { numRuns: 1000 },
    );
    expect(looksLikePersonalData("clinic near SW1A 1AA")).toBe(true);
    expect(looksLikePersonalData("john.smith @nhs.net")).toBe(true);
    expect(looksLikePersonalData("m11ae")).toBe(true);
    expect(looksLikePersonalData("sw1a-1aa")).toBe(true);
  });

  it("keeps ordinary searches: words, short numbers, outward codes", () => {
    // Words of letters, with at most one short number among them (two numbers side by side
    // would make a run of digits, as "0 0 0 000" is).
    const ordinary = fc
      .tuple(
        fc.array(fc.stringMatching(/^[a-z][a-z-]{0,12}$/), { maxLength: 5 }),
        fc.option(fc.stringMatching(/^[0-9]{1,5}$/), { nil: undefined }),
        fc.nat(5),
      )
      .map(([list, number, at]) =>
        (number === undefined
          ? list
          : [...list.slice(0, at), number, ...list.slice(at)]
        ).join(" "),
      );
    fc.assert(
      fc.property(ordinary, (query) => !looksLikePersonalData(query)),
      { numRuns: 1000 },
    );
    for (const query of [
      "virtual wards",
      "covid 19",
      "a&e 4 hour target",
      "pre-op",
      "nhs 111",
      "2023 survey",
      "ls1 clinics",
      "12345 steps",
    ])
      expect(looksLikePersonalData(query), query).toBe(false);
  });
});
