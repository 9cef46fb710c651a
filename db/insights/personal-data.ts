/**
 * What a search query must not be kept for: something that looks like personal data. Staff paste
 * things into search boxes; an email address, an NHS number, a phone number or a postcode in a
 * query would make the count about a person. Such a query is dropped whole, before it is counted.
 */

// Anything@anything: a local part and a domain, however odd.
const emailAddress = /[^\s@]@[^\s@]/u;

// Six or more digits in a run, allowing one space, hyphen, dot or slash between them, as NHS
// numbers ("943 476 5919"), phone numbers ("01632-960-001") and dates of birth are written.
const longDigitRun = /\d(?:[\s\-./]?\d){5,}/u;

// A full UK postcode (outward and inward code, with or without the space): "SW1A 1AA", "m1 1ae".
// The outward code alone names an area of thousands of homes, not a person, and is kept.
const postcode =
  /(?<![\p{L}\p{N}])[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}(?![\p{L}\p{N}])/iu;

/** Whether a query looks like it holds personal data (an email address, a long number, a postcode). */
export function looksLikePersonalData(query: string): boolean {
  return (
    emailAddress.test(query) || longDigitRun.test(query) || postcode.test(query)
  );
}
