import { describe, expect, it } from "vitest";
import { describeChart, spacingOf } from "./control-chart-words";
import { plotTheDots, type Better, type InputPoint } from "./plot-the-dots";

const monthly = (values: number[], rebaseAt: number[] = []): InputPoint[] =>
  values.map((value, i) => ({
    date: new Date(Date.UTC(2023, i, 1)).toISOString().slice(0, 10),
    value,
    rebase: rebaseAt.includes(i),
  }));

const steady = (count: number, low: number) =>
  Array.from({ length: count }, (_, i) => (i % 2 === 0 ? low : low + 2));

const words = (
  points: InputPoint[],
  better: Better,
  target?: number,
  unit = "days",
) => describeChart(plotTheDots(points, { better, target }), { unit, target });

describe("the sentence under a chart", () => {
  it("says since when, how many in a row, and what it means, as an NHS board reads it", () => {
    // Length of stay: 12 months around 14 days, then 9 around 9 days after the change.
    const values = [...steady(12, 13), ...steady(9, 8)];
    expect(words(monthly(values), "lower", 10)).toBe(
      "Since January 2024, 9 months in a row below the mean: special cause improvement. " +
        "The target of 10 days is inside the limits: it will be met in some months and missed in others.",
    );
  });

  it("says when the latest point is outside a limit, or the measure keeps rising", () => {
    expect(words(monthly([...steady(11, 10), 30]), "higher")).toMatch(
      /^The latest point is above the upper process limit: special cause improvement\./,
    );
    expect(
      words(
        monthly([20, 22, 20, 22, 20, 22, 20, 21, 22, 23, 24, 25, 26]),
        "lower",
      ),
    ).toMatch(
      /^Since July 2023, 7 months in a row going up: special cause concern\./,
    );
  });

  it("says a rebased period shows no pattern, and whether its target will be met", () => {
    const points = monthly([...steady(12, 10), ...steady(12, 20)], [12]);
    expect(words(points, "higher", 30)).toBe(
      "Since January 2024, every month is within the limits and shows no pattern: common cause variation. " +
        "The target of 30 days is outside the limits on the worse side: it will not be met unless something changes.",
    );
    expect(words(points, "lower", 30)).toContain(
      "on the better side: it will be met every month unless something changes",
    );
    expect(words(points, "neither", 30)).not.toContain("target");
  });

  it("says when there are too few points for reliable limits, and names weeks or plain results", () => {
    expect(words(monthly(steady(5, 10)), "higher")).toContain(
      "There are 5 months since January 2023: too few points for reliable limits (12 are needed).",
    );
    const weekly = steady(3, 10).map((value, i) => ({
      date: new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10),
      value,
    }));
    expect(spacingOf(weekly)).toBe("week");
    expect(words(weekly, "higher")).toContain("3 weeks since 1 January 2024");
    expect(spacingOf([{ date: "2024-01-01" }, { date: "2024-01-03" }])).toBe(
      "point",
    );
    expect(
      describeChart(plotTheDots([], { better: "higher" }), { unit: "" }),
    ).toBe("There are no results yet.");
  });
});
