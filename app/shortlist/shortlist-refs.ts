// Browser-safe and small: the shortlist button on every list of examples reads links with it, so
// it uses no schema library (zod would add 30 KB to every page).

/** More than anyone would take to a meeting, few enough to keep a link short. */
export const shortlistLimit = 50;

/** An example's reference as a link may write it ("ix-0005 "), or null if it cannot be one. */
function readReference(part: string): string | null {
  const reference = part.trim().toUpperCase();
  return /^IX-\d{4,}$/.test(reference) ? reference : null;
}

export type ShortlistRefs = {
  /** Well-formed references, once each, in the order given. */
  references: string[];
  /** What was in the link but cannot be a reference, as typed. */
  unrecognised: string[];
  /** How many well-formed references past the limit were left out. */
  leftOut: number;
};

/**
 * Reads `refs` from a shortlist link, for example "IX-0005,IX-0006". Shared by the page, the CSV
 * download and the browser's stored list, so all three read a link the same way.
 */
export function readShortlistRefs(
  value: string | string[] | null | undefined,
): ShortlistRefs {
  const text = Array.isArray(value) ? value.join(",") : (value ?? "");
  const references: string[] = [];
  const unrecognised: string[] = [];
  let leftOut = 0;
  for (const part of text.split(/[\s,]+/).filter(Boolean)) {
    const reference = readReference(part);
    if (reference === null) unrecognised.push(part.slice(0, 20));
    else if (references.includes(reference)) continue;
    else if (references.length >= shortlistLimit) leftOut += 1;
    else references.push(reference);
  }
  return { references, unrecognised, leftOut };
}

/** The address that opens a shortlist on anyone's device. */
export function shortlistUrl(references: string[]): string {
  return references.length > 0
    ? `/shortlist?refs=${references.join(",")}`
    : "/shortlist";
}
