import { responseLabels, type ResponseShares } from "./survey-figures";

export type Response = keyof ResponseShares;

/** Left to right: disagreement, then "neither" across the centre line, then agreement. */
export const chartOrder: Response[] = [
  "stronglyDisagree",
  "disagree",
  "neither",
  "agree",
  "stronglyAgree",
];

/**
 * NHS.UK colours, dark and light in turn so that neighbouring segments differ by at least 3:1,
 * each with the text colour that reads on it at 4.5:1 or more (checked in the unit tests).
 */
export const responseColours: Record<Response, { fill: string; text: string }> =
  {
    stronglyDisagree: { fill: "#8a1538", text: "#ffffff" },
    disagree: { fill: "#ffb81c", text: "#212b32" },
    neither: { fill: "#425563", text: "#ffffff" },
    agree: { fill: "#41b6e6", text: "#212b32" },
    stronglyAgree: { fill: "#003087", text: "#ffffff" },
  };

export type Segment = {
  response: Response;
  label: string;
  share: number;
  /** Start, in percentage points from the centre line (negative is left). */
  start: number;
  width: number;
};

/**
 * Places one statement's shares as a diverging bar: "neither" straddles the centre line,
 * disagreement extends left and agreement right. An unreported share takes no width, and widths
 * add up to the reported total, never rescaled to 100.
 */
export function layoutBar(shares: ResponseShares): Segment[] {
  const neither = shares.neither ?? 0;
  const left = [shares.disagree, shares.stronglyDisagree];
  let start = -neither / 2 - (left[0] ?? 0) - (left[1] ?? 0);
  const segments: Segment[] = [];
  for (const response of chartOrder) {
    const share = shares[response];
    if (share === null) continue;
    segments.push({
      response,
      label: responseLabels[response],
      share,
      start,
      width: share,
    });
    start += share;
  }
  return segments;
}

/** The axis range that fits every bar, rounded out to tens. */
export function axisRange(bars: Segment[][]): { min: number; max: number } {
  const ends = bars
    .flat()
    .flatMap((segment) => [segment.start, segment.start + segment.width]);
  return {
    min: Math.floor(Math.min(0, ...ends) / 10) * 10,
    max: Math.ceil(Math.max(0, ...ends) / 10) * 10,
  };
}
