import { describe, expect, it } from "vitest";
import { seedStatements } from "@/seed/catalogue";
import {
  axisRange,
  axisTicks,
  chartOrder,
  labelledFrom,
  layoutBar,
  responseColours,
} from "./survey-chart-layout";
import { reportedTotal } from "./survey-figures";

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (high + 0.05) / (low + 0.05);
};

describe("the diverging bar layout", () => {
  it("gives each share its width, so the widths add up to the reported total", () => {
    for (const statement of seedStatements) {
      const segments = layoutBar(statement);
      expect(segments.reduce((sum, segment) => sum + segment.width, 0)).toBe(
        reportedTotal(statement),
      );
      for (const segment of segments)
        expect(segment.width).toBe(statement[segment.response]);
    }
  });

  it("places segments end to end with 'neither' straddling the centre line", () => {
    const segments = layoutBar({
      stronglyDisagree: 10,
      disagree: 16,
      neither: 42,
      agree: 25,
      stronglyAgree: 4,
    });
    expect(segments.map((s) => s.response)).toEqual(chartOrder);
    expect(segments.map((s) => [s.start, s.width])).toEqual([
      [-47, 10],
      [-37, 16],
      [-21, 42],
      [21, 25],
      [46, 4],
    ]);
  });

  it("gives an unreported share no width and no segment", () => {
    const segments = layoutBar({
      stronglyDisagree: null,
      disagree: 3,
      neither: 8,
      agree: 58,
      stronglyAgree: 31,
    });
    expect(segments.map((s) => s.response)).toEqual([
      "disagree",
      "neither",
      "agree",
      "stronglyAgree",
    ]);
    expect(segments[0]).toMatchObject({ start: -7, width: 3 });
    expect(segments.at(-1)).toMatchObject({ start: 62, width: 31 });
  });

  it("fits the axis to every bar, rounded out to tens", () => {
    expect(axisRange(seedStatements.map(layoutBar))).toEqual({
      min: -50,
      max: 100,
    });
  });

  it("labels the axis every 20 points from the centre, and an end only where it has room", () => {
    expect(axisTicks({ min: -50, max: 100 })).toEqual([
      -40, -20, 0, 20, 40, 60, 80, 100,
    ]);
    expect(axisTicks({ min: -30, max: 50 })).toEqual([-20, 0, 20, 40]);
    expect(axisTicks({ min: -40, max: 40 })).toEqual([-40, -20, 0, 20, 40]);
  });

  it("labels a segment only if its label fits inside it on a 320 px screen", () => {
    // 150 points across 288 px: 15 points is 28.8 px, room for "15%"; 14 is not.
    expect(labelledFrom({ min: -50, max: 100 })).toBe(15);
    expect(labelledFrom({ min: -40, max: 40 })).toBe(8);
  });

  it("uses colours that neighbours can tell apart (3:1) and labels can be read on (4.5:1)", () => {
    for (const [i, response] of chartOrder.entries()) {
      const { fill, text } = responseColours[response];
      expect(contrast(fill, text), response).toBeGreaterThanOrEqual(4.5);
      const next = chartOrder[i + 1];
      if (next)
        expect(
          contrast(fill, responseColours[next].fill),
          `${response}/${next}`,
        ).toBeGreaterThanOrEqual(3);
    }
  });
});
