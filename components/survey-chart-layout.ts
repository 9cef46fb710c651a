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

/** Axis labels every 20 points from the centre line, and each end of the scale. */
export function axisTicks({
  min,
  max,
}: {
  min: number;
  max: number;
}): number[] {
  const ticks = new Set<number>([min, max]);
  for (let tick = 0; tick >= min; tick -= 20) ticks.add(tick);
  for (let tick = 0; tick <= max; tick += 20) ticks.add(tick);
  // An end too close to the tick before it would overlap its label.
  for (const end of [min, max])
    if ([...ticks].some((tick) => tick !== end && Math.abs(tick - end) < 20))
      ticks.delete(end);
  return [...ticks].sort((a, b) => a - b);
}

/** The narrowest bar a label fits in on a 320 px screen (WCAG's reflow width), in pixels. */
const narrowestBar = 288;
/** Pixels a label such as "12%" needs inside its segment. */
const labelWidth = 28;

/**
 * The smallest share labelled inside its segment: one whose segment is wide enough for its label
 * on the narrowest screen, so that a label never spills out of its segment. The table has all.
 */
export function labelledFrom({
  min,
  max,
}: {
  min: number;
  max: number;
}): number {
  return Math.ceil((labelWidth * (max - min)) / narrowestBar);
}
