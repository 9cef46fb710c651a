import {
  axisRange,
  axisTicks,
  chartOrder,
  labelledFrom,
  layoutBar,
  responseColours,
} from "./survey-chart-layout";
import { responseLabels, type ResponseShares } from "./survey-figures";

const barHeight = 32;
/** How far the centre line reaches above and below each bar. */
const overhang = 6;

type Statement = ResponseShares & {
  slug: string;
  chartLabel: string | null;
  statement: string;
};

/**
 * The five statements as a diverging stacked bar chart, drawn on the server as one SVG a bar
 * beneath an HTML label, so that it fits any screen whole: each statement's label above its bar, the bars sharing one scale
 * from the widest disagreement to the widest agreement. It is one image to a screen reader (its
 * label says what it shows), since the table that follows has every figure; the key is text and
 * every wide enough segment is labelled, so it does not rely on colour.
 */
export function SurveyChart({ statements }: { statements: Statement[] }) {
  const bars = statements.map(layoutBar);
  const range = axisRange(bars);
  // Percentages of each bar's width: SVG places shapes and text by them without a style
  // attribute (which the Content-Security-Policy refuses), and text keeps its size at any width.
  const span = range.max - range.min;
  const at = (value: number) => `${((value - range.min) / span) * 100}%`;
  const minLabelled = labelledFrom(range);
  return (
    <figure className="app-chart">
      <div
        className="app-survey-chart"
        role="img"
        aria-label="How trust leaders answered five statements, in percent"
        aria-describedby="survey-chart-desc"
      >
        {statements.map((statement, row) => (
          <div key={statement.slug} className="app-survey-chart__row">
            <p className="app-survey-chart__label">
              {statement.chartLabel ?? statement.statement}
            </p>
            <svg
              className="app-survey-chart__bar"
              width="100%"
              height={barHeight + 2 * overhang}
              aria-hidden="true"
              focusable="false"
            >
              {/* The centre line, behind the bar: it shows above and below it, never through a figure. */}
              <line
                x1={at(0)}
                x2={at(0)}
                y1={0}
                y2={barHeight + 2 * overhang}
                stroke="#212b32"
                strokeWidth={2}
              />
              {(bars[row] ?? []).map((segment) => (
                <rect
                  key={segment.response}
                  className="app-survey-chart__segment"
                  x={at(segment.start)}
                  y={overhang}
                  width={`${(segment.width / span) * 100}%`}
                  height={barHeight}
                  fill={responseColours[segment.response].fill}
                  stroke="#ffffff"
                  strokeWidth={1}
                />
              ))}
              {(bars[row] ?? []).map((segment) =>
                segment.share >= minLabelled ? (
                  <text
                    key={segment.response}
                    className="app-survey-chart__value"
                    x={at(segment.start + segment.width / 2)}
                    y={overhang + barHeight / 2}
                    fill={responseColours[segment.response].text}
                    textAnchor="middle"
                    dominantBaseline="central"
                  >
                    {segment.share}%
                  </text>
                ) : null,
              )}
            </svg>
          </div>
        ))}
        <svg
          className="app-survey-chart__axis"
          width="100%"
          height={20}
          aria-hidden="true"
          focusable="false"
        >
          {axisTicks(range).map((tick) => (
            <text
              key={tick}
              // Every 20 points on a wide screen; every 40 on a phone, where 20 would overlap.
              className={`app-survey-chart__tick${tick % 40 === 0 ? "" : " app-survey-chart__tick--minor"}`}
              x={at(tick)}
              y={15}
              textAnchor={
                tick === range.min
                  ? "start"
                  : tick === range.max
                    ? "end"
                    : "middle"
              }
            >
              {Math.abs(tick)}%
            </text>
          ))}
        </svg>
      </div>
      <p id="survey-chart-desc" className="nhsuk-u-visually-hidden">
        A diverging bar chart. For each statement, disagreement is shown to the
        left of the centre line and agreement to the right, with neither agree
        nor disagree across the centre line. The same figures are in the table
        below the chart.
      </p>
      <figcaption>
        <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-2">
          Key, from left to right
        </h3>
        <ul className="app-chart__legend">
          {chartOrder.map((response) => (
            <li key={response}>
              <svg width="16" height="16" aria-hidden="true" focusable="false">
                <rect
                  width="16"
                  height="16"
                  fill={responseColours[response].fill}
                />
              </svg>{" "}
              {responseLabels[response]}
            </li>
          ))}
        </ul>
        <p className="nhsuk-body-s">
          Disagreement is to the left of the centre line, agreement to the
          right. Percentages below the chart are distances from the centre line.
          Shares too narrow to label are in the table.
        </p>
      </figcaption>
    </figure>
  );
}
