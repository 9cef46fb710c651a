import fc from "fast-check";

/** Strings that have broken web apps before: markup, script, SQL, FTS syntax, odd Unicode. */
export const nastyStrings = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  '" onmouseover="alert(1)',
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "' OR 1=1 --",
  "'; DROP TABLE examples; --",
  'NEAR(home first) AND "unterminated',
  "title:home OR summary:*",
  "^home* -first +(a",
  "\u0000",
  "\u0007\u001b[31mred",
  "\u202eevil\u202c",
  "\ufeffbom",
  "e\u0301",
  "\u1e9b\u0323",
  "ﬁ ｆｕｌｌ ｗｉｄｔｈ",
  "👩‍⚕️🏥",
  "\ud800",
  "%00%E0%A4%A",
  "../../etc/passwd",
  "{{7*7}}${7*7}",
  "\r\n\r\nSet-Cookie: x=y",
  " ",
  "",
];

/** Random strings of every kind, weighted towards the nasty ones and combinations of them. */
export const hostileString = (maxLength = 400) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...nastyStrings) },
    {
      weight: 3,
      arbitrary: fc
        .array(fc.constantFrom(...nastyStrings), { maxLength: 5 })
        .map((parts) => parts.join(" ")),
    },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom("a", "é", "字", "<", "\u0000")
        .map((unit) => unit.repeat(maxLength * 20)),
    },
  );
