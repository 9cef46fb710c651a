/**
 * What a search query must not be kept for: something that looks like personal data. Staff paste
 * things into search boxes; an email address, an NHS number, a phone number or a postcode in a
 * query would make the count about a person. Such a query is dropped whole, before it is counted.
 *
 * The checks read the query as it looks, not as it is typed: compatibility forms made plain
 * (NFKC: full-width letters, digits and ＠), digits of any script made 0 to 9, so that a number
 * written in Arabic-Indic digits or spaced out with underscores is seen as the number it is.
 */

// Anything@anything: a local part and a domain, however odd, with spaces around the @ or not.
const emailAddress = /[^\s@]\s*@\s*[^\s@]/u;

// Six or more digits in a run, with any short run of separators between them (spaces, hyphens,
// dots, slashes, commas, underscores...), as NHS numbers ("943 476 5919", "943_476_5919"), phone
// numbers ("01632-960-001") and dates of birth are written. Letters between digits end the run.
const longDigitRun = /\d(?:[^\p{L}\p{N}]{0,3}\d){5,}/u;

// A full UK postcode (outward and inward code, with a space, a hyphen, both or neither between):
// "SW1A 1AA", "m1 1ae", "sw1a-1aa". The outward code alone names an area of thousands of homes,
// not a person, and is kept.
const postcode =
  /(?<![\p{L}\p{N}])[a-z]{1,2}\d[a-z\d]?[\s\-_.]*\d[a-z]{2}(?![\p{L}\p{N}])/iu;

/** A decimal digit of any script, as 0 to 9: each script's digits are ten code points in order. */
function asciiDigit(digit: string): string {
  let code = digit.codePointAt(0)!;
  let value = 0;
  // Count back to the script's zero (at most nine places).
  while (value < 9 && /\p{Nd}/u.test(String.fromCodePoint(code - 1))) {
    code -= 1;
    value += 1;
  }
  return String(value);
}

/** The query as a person reads it: compatibility forms made plain and every digit 0 to 9. */
export function asItLooks(query: string): string {
  return query
    .normalize("NFKC")
    .replace(/\p{Nd}/gu, (digit) =>
      /[0-9]/.test(digit) ? digit : asciiDigit(digit),
    );
}

/** Whether a query looks like it holds personal data (an email address, a long number, a postcode). */
export function looksLikePersonalData(query: string): boolean {
  const plain = asItLooks(query);
  return (
    emailAddress.test(plain) || longDigitRun.test(plain) || postcode.test(plain)
  );
}
