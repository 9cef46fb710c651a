import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ControlChart, type MeasureOverTime } from "./control-chart";

const steady = (count: number, low: number) =>
  Array.from({ length: count }, (_, i) => (i % 2 === 0 ? low : low + 2));

/** Length of stay: 12 months around 14 days, then 12 around 9 after a change marked as a rebase. */
const lengthOfStay: MeasureOverTime = {
  name: "Average length of stay",
  unit: "days",
  better: "lower",
  target: 10,
  points: [...steady(12, 13), ...steady(12, 8)].map((value, i) => ({
    date: new Date(Date.UTC(2023, i, 1)).toISOString().slice(0, 10),
    value,
    rebase: i === 12,
    note: i === 12 ? "New discharge checklist started" : null,
  })),
};

const render = (measure: MeasureOverTime) =>
  renderToStaticMarkup(createElement(ControlChart, { measure }));

describe("the control chart", () => {
  it("draws every point with its type's shape, each period's mean and limits, the target and the break", () => {
    const html = render(lengthOfStay);
    expect(html.match(/app-control-chart__point--/g)).toHaveLength(24);
    expect(html.match(/class="app-control-chart__mean"/g)).toHaveLength(2);
    expect(html.match(/class="app-control-chart__limit"/g)).toHaveLength(4);
    expect(html.match(/class="app-control-chart__target"/g)).toHaveLength(1);
    expect(html.match(/class="app-control-chart__break"/g)).toHaveLength(1);
    // No style attributes: the Content-Security-Policy would refuse them.
    expect(html).not.toContain("style=");
  });

  it("gives a screen reader the sentence and the table, and hides the drawing from it", () => {
    const html = render(lengthOfStay);
    expect(html).toContain(
      "Since January 2024, every month is within the limits and shows no pattern: common cause variation.",
    );
    expect(html).toContain("The target of 10 days is inside the limits");
    expect(html.match(/<tr class="nhsuk-table__row">/g)).toHaveLength(25);
    expect(html).toContain("New discharge checklist started");
    expect(html).toContain("Common cause variation");
    expect(html).toContain(
      "The target will be met some times and missed others",
    );
    expect(html).toMatch(
      /class="app-control-chart__drawing" aria-hidden="true"/,
    );
  });

  it("says there are no results yet for a measure without points", () => {
    const html = render({ ...lengthOfStay, points: [] });
    expect(html).toContain("There are no results yet.");
    expect(html).not.toContain("<svg");
    expect(html).not.toContain("<table");
  });
});
