/**
 * NHS England's "plot the dots" statistical process control (Making Data Count), computed exactly
 * as the NHS-R community's NHSRplotthedots package does (R/ptd_spc_standard.R,
 * R/ptd_calculate_point_type.R, R/ptd_calculate_assurance_type.R and the icons of
 * R/geom_ptd_icon.R, version 0.2.0): an XmR chart per period, each point's special-cause rule and
 * type, and the variation and assurance icons. Pure, so the page, the JSON and the tests share it.
 */

/** Which way a measure is better. */
export type Better = "higher" | "lower" | "neither";

/** The package's own names for a point's type. */
export type PointType =
  | "common_cause"
  | "special_cause_improvement"
  | "special_cause_concern"
  | "special_cause_neutral_high"
  | "special_cause_neutral_low";

/** The rule that made a point special cause, in the package's order of precedence. */
export type SpecialCauseRule =
  | "above_upper_limit"
  | "below_lower_limit"
  | "trend_increasing"
  | "trend_decreasing"
  | "two_in_three_above"
  | "two_in_three_below"
  | "run_above_mean"
  | "run_below_mean";

/** The variation icon, from the last point (the package's icon files, without ".svg"). */
export type Variation =
  | "common_cause"
  | "improvement_high"
  | "improvement_low"
  | "concern_high"
  | "concern_low"
  | "neutral_high"
  | "neutral_low";

/** The assurance icon: where the target lies against the last period's process limits. */
export type Assurance = "consistent_pass" | "consistent_fail" | "inconsistent";

/** A point as entered: its date (YYYY-MM-DD), its value, and whether a new period starts there. */
export type InputPoint = { date: string; value: number; rebase?: boolean };

export type Period = {
  /** The date of its first point. */
  from: string;
  points: number;
  mean: number;
  /** Process limits: the mean ± 2.66 × the mean moving range. Null with a single point. */
  lower: number | null;
  upper: number | null;
  /** Fewer than 12 points: the package warns its limits are not reliable yet. */
  tooFewPoints: boolean;
};

export type PlottedPoint = {
  date: string;
  value: number;
  /** Its period's index in `periods`. */
  period: number;
  type: PointType;
  rule: SpecialCauseRule | null;
};

export type ControlChart = {
  points: PlottedPoint[];
  periods: Period[];
  variation: Variation | null;
  /** Null without a target, or when neither direction is better. */
  assurance: Assurance | null;
};

/** The points a period needs before its limits are reliable (the package's warning). */
export const reliablePoints = 12;

const limit = 2.66;
const nearLimit = 2 * (limit / 3);
/** A moving range at or above this many times the mean moving range is screened out. */
const screenAbove = 3.267;

const mean = (values: number[]) =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

type Calculated = {
  mean: number;
  lower: number | null;
  upper: number | null;
  outside: boolean[];
  close: boolean[];
  /** -1, 0 or 1: below, on or above the mean. */
  side: number[];
};

/** ptd_spc_standard for one period: mean, screened moving ranges, limits, and where each point lies. */
function calculate(values: number[]): Calculated {
  const centre = mean(values);
  const ranges = values
    .slice(1)
    .map((value, i) => Math.abs(value - values[i]!));
  const meanRange = ranges.length > 0 ? mean(ranges) : NaN;
  const screened = ranges.filter((range) => range < screenAbove * meanRange);
  const screenedMean = screened.length > 0 ? mean(screened) : NaN;
  const known = Number.isFinite(screenedMean);
  const lower = known ? centre - limit * screenedMean : null;
  const upper = known ? centre + limit * screenedMean : null;
  const nearLower = centre - nearLimit * screenedMean;
  const nearUpper = centre + nearLimit * screenedMean;
  const outside = values.map(
    (value) => known && (value > upper! || value < lower!),
  );
  return {
    mean: centre,
    lower,
    upper,
    outside,
    close: values.map(
      (value, i) =>
        known && !outside[i] && (value < nearLower || value > nearUpper),
    ),
    side: values.map((value) => Math.sign(value - centre)),
  };
}

/** ptd_part_of_seven_trend: a point flagged, or one of the next 6 flagged, is part of the run. */
function partOfSeven(flags: number[]): boolean[] {
  return flags.map((_, i) =>
    flags.slice(i, i + 7).some((flag) => Math.abs(flag) === 1),
  );
}

/** ptd_seven_point_trend: 1 or -1 at the seventh point of 7 in a row each above (below) the last. */
function sevenPointTrend(values: number[]): number[] {
  return values.map((_, i) => {
    if (i < 6) return 0;
    const steps = values
      .slice(i - 6, i + 1)
      .slice(1)
      .map((value, j) => Math.sign(value - values[i - 6 + j]!));
    if (steps.every((step) => step === 1)) return 1;
    if (steps.every((step) => step === -1)) return -1;
    return 0;
  });
}

/** ptd_seven_point_one_side_mean: 1 at the seventh point of 7 in a row on one side of the mean. */
function sevenOnOneSide(side: number[]): number[] {
  return side.map((here, i) =>
    i >= 6 && here !== 0 && side.slice(i - 6, i).every((s) => s === here)
      ? 1
      : 0,
  );
}

/**
 * ptd_two_in_three and ptd_part_of_two_in_three: a point close to a limit (between the two-sigma
 * line and the limit) in a window of 3 in a row, all on one side of the mean, with 2 or more of
 * them close to a limit.
 */
function partOfTwoInThree(close: boolean[], side: number[]): boolean[] {
  const at = (i: number) =>
    i >= 0 && i < close.length
      ? { close: close[i] ? 1 : 0, side: side[i]! }
      : { close: 0, side: 0 };
  const window = (start: number) => {
    const three = [at(start), at(start + 1), at(start + 2)];
    return (
      three.reduce((sum, p) => sum + p.close, 0) >= 2 &&
      Math.abs(three.reduce((sum, p) => sum + p.side, 0)) === 3
    );
  };
  return close.map(
    (isClose, i) => isClose && (window(i - 2) || window(i - 1) || window(i)),
  );
}

/** ptd_special_cause_type for one period, as our rule names. */
function rules(values: number[], calculated: Calculated) {
  const { outside, close, side } = calculated;
  const trend = partOfSeven(sevenPointTrend(values));
  const twoInThree = partOfTwoInThree(close, side);
  const run = partOfSeven(sevenOnOneSide(side));
  // A point in a trend takes the trend's direction from its right, unless the next point is not
  // in the trend (the package's "use right side").
  const direction = values.map((value, i) => {
    const right =
      i + 1 < values.length
        ? Math.sign(values[i + 1]! - value)
        : Math.sign(value - values[i - 1]!);
    const left = i > 0 ? Math.sign(value - values[i - 1]!) : 0;
    return trend[i] && trend[i + 1] ? right : left;
  });
  return values.map((_, i): SpecialCauseRule | null => {
    const above = side[i]! > 0;
    if (outside[i])
      return side[i] === 1 ? "above_upper_limit" : "below_lower_limit";
    if (trend[i])
      return direction[i] === 1 ? "trend_increasing" : "trend_decreasing";
    if (twoInThree[i])
      return above ? "two_in_three_above" : "two_in_three_below";
    if (run[i]) return above ? "run_above_mean" : "run_below_mean";
    return null;
  });
}

const upward: SpecialCauseRule[] = [
  "above_upper_limit",
  "trend_increasing",
  "two_in_three_above",
  "run_above_mean",
];

/** ptd_point_type: a rule read against which way is better. */
function pointType(rule: SpecialCauseRule | null, better: Better): PointType {
  if (rule === null) return "common_cause";
  const up = upward.includes(rule);
  if (better === "neither")
    return up ? "special_cause_neutral_high" : "special_cause_neutral_low";
  return up === (better === "higher")
    ? "special_cause_improvement"
    : "special_cause_concern";
}

/** geom_ptd_icon's variation icon for the last point. */
function variationOf(type: PointType, better: Better): Variation {
  switch (type) {
    case "common_cause":
      return "common_cause";
    case "special_cause_neutral_high":
      return "neutral_high";
    case "special_cause_neutral_low":
      return "neutral_low";
    case "special_cause_concern":
      return better === "higher" ? "concern_low" : "concern_high";
    case "special_cause_improvement":
      return better === "higher" ? "improvement_high" : "improvement_low";
  }
}

/** ptd_calculate_assurance_type: the target against the last period's limits. */
function assuranceOf(
  target: number | null | undefined,
  better: Better,
  last: Period | undefined,
): Assurance | null {
  if (target === null || target === undefined || better === "neither")
    return null;
  if (!last || last.lower === null || last.upper === null) return null;
  if (target > last.upper)
    return better === "higher" ? "consistent_fail" : "consistent_pass";
  if (target < last.lower)
    return better === "higher" ? "consistent_pass" : "consistent_fail";
  return "inconsistent";
}

/**
 * The chart of a measure: its points in date order, split into periods where a point is marked as
 * the start of a new one (a rebase), each period with its own mean and limits.
 */
export function plotTheDots(
  input: InputPoint[],
  options: { better: Better; target?: number | null },
): ControlChart {
  const sorted = input.toSorted((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  const groups: InputPoint[][] = [];
  for (const point of sorted) {
    if (groups.length === 0 || point.rebase) groups.push([]);
    groups.at(-1)!.push(point);
  }
  const periods: Period[] = [];
  const points: PlottedPoint[] = [];
  for (const [index, group] of groups.entries()) {
    const values = group.map((point) => point.value);
    const calculated = calculate(values);
    periods.push({
      from: group[0]!.date,
      points: group.length,
      mean: calculated.mean,
      lower: calculated.lower,
      upper: calculated.upper,
      tooFewPoints: group.length < reliablePoints,
    });
    const found = rules(values, calculated);
    for (const [i, point] of group.entries())
      points.push({
        date: point.date,
        value: point.value,
        period: index,
        type: pointType(found[i]!, options.better),
        rule: found[i]!,
      });
  }
  const last = points.at(-1);
  return {
    points,
    periods,
    variation: last ? variationOf(last.type, options.better) : null,
    assurance: assuranceOf(options.target, options.better, periods.at(-1)),
  };
}
