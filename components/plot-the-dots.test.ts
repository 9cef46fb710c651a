import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  plotTheDots,
  type Better,
  type InputPoint,
  type SpecialCauseRule,
} from "./plot-the-dots";

// Series worked out by hand from NHSRplotthedots' rules (R/ptd_spc_standard.R,
// R/ptd_calculate_point_type.R), each chosen so one rule decides.

/** Monthly points from January 2024, one a value. */
const monthly = (values: number[], rebaseAt: number[] = []): InputPoint[] =>
  values.map((value, i) => ({
    date: new Date(Date.UTC(2024, i, 1)).toISOString().slice(0, 10),
    value,
    rebase: rebaseAt.includes(i),
  }));

/** 10, 12, 10, 12…: mean 11 and every moving range 2. */
const steady = (count: number, low = 10) =>
  Array.from({ length: count }, (_, i) => (i % 2 === 0 ? low : low + 2));

const rulesOf = (values: number[], better: Better = "higher") =>
  plotTheDots(monthly(values), { better }).points.map((point) => point.rule);

const none = (count: number) =>
  Array<SpecialCauseRule | null>(count).fill(null);

describe("plot the dots", () => {
  it("screens out a moving range of 3.267 times the mean or more, and flags a point above the upper limit", () => {
    // Eleven steady points, then 20: mean 140/12 = 11.67; moving ranges 2 (×10) and 10, whose mean
    // is 30/11 = 2.727; 10 ≥ 3.267 × 2.727 = 8.91, so it is screened out and the mean moving range
    // is 2: limits 11.67 ± 5.32, and 20 is above the upper one (unscreened, it would be 18.92).
    const values = [...steady(11), 20];
    const chart = plotTheDots(monthly(values), { better: "higher" });
    const [period] = chart.periods;
    expect(period!.mean).toBeCloseTo(140 / 12, 10);
    expect(period!.upper).toBeCloseTo(140 / 12 + 2.66 * 2, 10);
    expect(period!.lower).toBeCloseTo(140 / 12 - 2.66 * 2, 10);
    expect(chart.points.map((point) => point.rule)).toEqual([
      ...none(11),
      "above_upper_limit",
    ]);
  });

  it("reads each direction: higher is better, lower is better, or neither", () => {
    const values = [...steady(11), 20];
    const cases = [
      ["higher", "special_cause_improvement", "improvement_high"],
      ["lower", "special_cause_concern", "concern_high"],
      ["neither", "special_cause_neutral_high", "neutral_high"],
    ] as const;
    for (const [better, type, variation] of cases) {
      const chart = plotTheDots(monthly(values), { better });
      expect(chart.points.at(-1)!.type, better).toBe(type);
      expect(chart.points[0]!.type, better).toBe("common_cause");
      expect(chart.variation, better).toBe(variation);
    }
    const fall = [...steady(11, 20), 10];
    expect(plotTheDots(monthly(fall), { better: "higher" }).variation).toBe(
      "concern_low",
    );
    expect(plotTheDots(monthly(fall), { better: "lower" }).variation).toBe(
      "improvement_low",
    );
    expect(plotTheDots(monthly(fall), { better: "neither" }).variation).toBe(
      "neutral_low",
    );
  });

  it("flags a shift: 7 or more in a row on one side of the mean", () => {
    // Mean 170/14 = 12.14: the first seven (10s and 12s) are all below it, the last seven above.
    const values = [...steady(7), 13, 14, 13, 14, 13, 14, 13];
    expect(rulesOf(values)).toEqual([
      ...Array(7).fill("run_below_mean"),
      ...Array(7).fill("run_above_mean"),
    ]);
    const types = plotTheDots(monthly(values), { better: "higher" }).points.map(
      (point) => point.type,
    );
    expect(types.slice(0, 7)).toEqual(Array(7).fill("special_cause_concern"));
    expect(types.slice(7)).toEqual(Array(7).fill("special_cause_improvement"));
  });

  it("flags a trend: 7 in a row each higher than the last, taking a point's direction from its right", () => {
    // Mean 314/14 = 22.43, mean moving range 19/13 = 1.46, upper limit 26.32: the last point is
    // above it. The 20 that starts the climb follows a 22, but is part of the rising trend.
    const values = [20, 22, 20, 22, 20, 22, 20, 21, 22, 23, 24, 25, 26, 27];
    expect(rulesOf(values)).toEqual([
      ...Array(6).fill("run_below_mean"),
      ...Array(7).fill("trend_increasing"),
      "above_upper_limit",
    ]);
    // Its mirror image falls: the same rules, the other way.
    expect(rulesOf(values.map((value) => 47 - value))).toEqual([
      ...Array(6).fill("run_above_mean"),
      ...Array(7).fill("trend_decreasing"),
      "below_lower_limit",
    ]);
  });

  it("flags two out of three in a row between the two-sigma line and a limit, on one side", () => {
    // Twenty steady points, then 16, 12, 16: mean 264/23 = 11.48, mean moving range 50/22 = 2.27,
    // two-sigma line 15.51, upper limit 17.52. Both 16s are close to the limit; the 12 between
    // them is above the mean but not close, so it is not flagged.
    const values = [...steady(20), 16, 12, 16];
    expect(rulesOf(values)).toEqual([
      ...none(20),
      "two_in_three_above",
      null,
      "two_in_three_above",
    ]);
    // On opposite sides of the mean they are not a signal.
    expect(rulesOf([...steady(20), 16, 10, 6.5])).not.toContain(
      "two_in_three_above",
    );
  });

  it("starts a new period at a rebase, with its own mean and limits", () => {
    const values = [...steady(12), ...steady(12, 20)];
    const rebased = plotTheDots(monthly(values, [12]), { better: "higher" });
    expect(
      rebased.periods.map(({ from, mean, lower, upper, points }) => ({
        from,
        mean,
        lower,
        upper,
        points,
      })),
    ).toEqual([
      {
        from: "2024-01-01",
        mean: 11,
        lower: 11 - 5.32,
        upper: 11 + 5.32,
        points: 12,
      },
      {
        from: "2025-01-01",
        mean: 21,
        lower: 21 - 5.32,
        upper: 21 + 5.32,
        points: 12,
      },
    ]);
    expect(rebased.points.every((point) => point.type === "common_cause")).toBe(
      true,
    );
    expect(rebased.points.map((point) => point.period)).toEqual([
      ...Array(12).fill(0),
      ...Array(12).fill(1),
    ]);
    // Without the rebase, the step is one long shift.
    const single = plotTheDots(monthly(values), { better: "higher" });
    expect(single.periods).toHaveLength(1);
    expect(single.points[0]!.type).toBe("special_cause_concern");
    expect(single.points.at(-1)!.type).toBe("special_cause_improvement");
  });

  it("says whether the target will be met, by where it lies against the last period's limits", () => {
    // The last period: mean 21, limits 15.68 to 26.32.
    const points = monthly([...steady(12), ...steady(12, 20)], [12]);
    const assurance = (better: Better, target?: number | null) =>
      plotTheDots(points, { better, target }).assurance;
    expect(assurance("higher", 30)).toBe("consistent_fail");
    expect(assurance("lower", 30)).toBe("consistent_pass");
    expect(assurance("higher", 10)).toBe("consistent_pass");
    expect(assurance("lower", 10)).toBe("consistent_fail");
    expect(assurance("higher", 20)).toBe("inconsistent");
    expect(assurance("neither", 30)).toBeNull();
    expect(assurance("higher", null)).toBeNull();
    expect(assurance("higher")).toBeNull();
  });

  it("says a period of fewer than 12 points has too few for reliable limits, and puts points in date order", () => {
    const chart = plotTheDots(monthly(steady(11)).reverse(), {
      better: "lower",
    });
    expect(chart.periods[0]!.tooFewPoints).toBe(true);
    expect(chart.points.map((point) => point.date)[0]).toBe("2024-01-01");
    expect(
      plotTheDots(monthly(steady(12)), { better: "lower" }).periods[0]!
        .tooFewPoints,
    ).toBe(false);
    // One point has no moving range, so no limits, and nothing is special.
    const one = plotTheDots(monthly([5]), { better: "higher" });
    expect(one.periods[0]).toMatchObject({ mean: 5, lower: null, upper: null });
    expect(one.points[0]!.type).toBe("common_cause");
    expect(plotTheDots([], { better: "higher" })).toEqual({
      points: [],
      periods: [],
      variation: null,
      assurance: null,
    });
  });

  it("moves the mean and limits with the values, and changes no point's type, when every value shifts by a constant", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), {
          minLength: 2,
          maxLength: 40,
        }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.constantFrom<Better>("higher", "lower", "neither"),
        (values, shift, better) => {
          const before = plotTheDots(monthly(values), { better });
          const after = plotTheDots(
            monthly(values.map((value) => value + shift)),
            { better },
          );
          expect(after.points.map((point) => point.type)).toEqual(
            before.points.map((point) => point.type),
          );
          for (const [i, period] of after.periods.entries()) {
            const was = before.periods[i]!;
            expect(period.mean).toBeCloseTo(was.mean + shift, 9);
            if (was.upper === null) expect(period.upper).toBeNull();
            else {
              expect(period.upper!).toBeCloseTo(was.upper + shift, 9);
              expect(period.lower!).toBeCloseTo(was.lower! + shift, 9);
            }
          }
        },
      ),
      // A fixed seed: the same 300 series every run, so a float at a limit cannot make it flaky.
      { seed: 38, numRuns: 300 },
    );
  });
});
