import type {
  Assurance,
  ControlChart,
  PlottedPoint,
  PointType,
  SpecialCauseRule,
} from "./plot-the-dots";

/** What a chart measures, as the sentence under it names it. */
export type MeasureWords = { unit: string; target?: number | null };

const typeWords: Record<PointType, string> = {
  common_cause: "common cause variation",
  special_cause_improvement: "special cause improvement",
  special_cause_concern: "special cause concern",
  special_cause_neutral_high: "special cause variation (higher)",
  special_cause_neutral_low: "special cause variation (lower)",
};

/** How points are spaced: months, weeks, or neither (then they are "points"). */
export function spacingOf(
  points: { date: string }[],
): "month" | "week" | "point" {
  const days = points
    .slice(1)
    .map(
      (point, i) =>
        (Date.parse(point.date) - Date.parse(points[i]!.date)) / 86_400_000,
    );
  if (days.length === 0) return "point";
  if (days.every((gap) => gap >= 28 && gap <= 31)) return "month";
  if (days.every((gap) => gap === 7)) return "week";
  return "point";
}

const formatted = (date: string, spacing: "month" | "week" | "point") =>
  new Intl.DateTimeFormat("en-GB", {
    ...(spacing === "month" ? {} : { day: "numeric" }),
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));

const plural = (count: number, noun: string) =>
  `${count} ${noun}${count === 1 ? "" : "s"}`;

/** The latest points that share the last point's rule: the signal the chart ends on. */
function latestSignal(points: PlottedPoint[]): PlottedPoint[] {
  const last = points.at(-1)!;
  const signal: PlottedPoint[] = [];
  for (let i = points.length - 1; i >= 0; i -= 1) {
    const point = points[i]!;
    if (point.rule !== last.rule || point.period !== last.period) break;
    signal.unshift(point);
  }
  return signal;
}

function ruleSentence(
  rule: SpecialCauseRule,
  signal: PlottedPoint[],
  spacing: "month" | "week" | "point",
): string {
  const since = formatted(signal[0]!.date, spacing);
  const inARow = plural(signal.length, spacing);
  switch (rule) {
    case "above_upper_limit":
      return "The latest point is above the upper process limit";
    case "below_lower_limit":
      return "The latest point is below the lower process limit";
    case "trend_increasing":
      return `Since ${since}, ${inARow} in a row going up`;
    case "trend_decreasing":
      return `Since ${since}, ${inARow} in a row going down`;
    case "two_in_three_above":
      return "Two of the latest three points are close to the upper process limit";
    case "two_in_three_below":
      return "Two of the latest three points are close to the lower process limit";
    case "run_above_mean":
      return `Since ${since}, ${inARow} in a row above the mean`;
    case "run_below_mean":
      return `Since ${since}, ${inARow} in a row below the mean`;
  }
}

function assuranceWords(
  assurance: Assurance,
  spacing: "month" | "week" | "point",
): string {
  const each = spacing === "point" ? "time" : spacing;
  switch (assurance) {
    case "consistent_pass":
      return `is outside the limits on the better side: it will be met every ${each} unless something changes`;
    case "consistent_fail":
      return "is outside the limits on the worse side: it will not be met unless something changes";
    case "inconsistent":
      return `is inside the limits: it will be met in some ${each}s and missed in others`;
  }
}

/**
 * What the chart shows, in words, as the page says it under the chart (a screen reader's reading
 * of it with the table): where the latest point leaves the measure, whether the target will be
 * met, and whether there are too few points for reliable limits.
 */
export function describeChart(
  chart: ControlChart,
  measure: MeasureWords,
): string {
  const last = chart.points.at(-1);
  if (!last) return "There are no results yet.";
  const spacing = spacingOf(chart.points);
  const period = chart.periods[last.period]!;
  const sentences: string[] = [];
  if (last.rule === null) {
    const since = formatted(period.from, spacing);
    sentences.push(
      `Since ${since}, every ${spacing === "point" ? "result" : spacing} is within the limits and shows no pattern: ${typeWords.common_cause}.`,
    );
  } else
    sentences.push(
      `${ruleSentence(last.rule, latestSignal(chart.points), spacing)}: ${typeWords[last.type]}.`,
    );
  if (
    chart.assurance &&
    measure.target !== null &&
    measure.target !== undefined
  )
    sentences.push(
      `The target of ${measure.target}${measure.unit ? ` ${measure.unit}` : ""} ${assuranceWords(chart.assurance, spacing)}.`,
    );
  if (period.tooFewPoints)
    sentences.push(
      `There ${period.points === 1 ? "is" : "are"} ${plural(period.points, spacing === "point" ? "result" : spacing)} since ${formatted(period.from, spacing)}: too few points for reliable limits (12 are needed).`,
    );
  return sentences.join(" ");
}
