import {
  axisRange,
  chartOrder,
  layoutBar,
  responseColours,
} from "./survey-chart-layout";
import { responseLabels, type ResponseShares } from "./survey-figures";

type Statement = ResponseShares & {
  slug: string;
  chartLabel: string | null;
  statement: string;
};

const width = 640;
const rowHeight = 66;
const barHeight = 30;
const top = 8;
const axisHeight = 36;
// Labels inside a segment need this many pixels; narrower segments go unlabelled (the table has all).
const minLabelWidth = 34;

/**
 * The five statements as one diverging stacked bar chart, drawn on the server as SVG: readable
 * without JavaScript, CSS or colour (segments are labelled, the legend is text, and the same
 * figures are in the table that follows).
 */
export function SurveyChart({ statements }: { statements: Statement[] }) {
  const bars = statements.map(layoutBar);
  const { min, max } = axisRange(bars);
  const x = (value: number) => ((value - min) / (max - min)) * width;
  const height = top + statements.length * rowHeight + axisHeight;
  const ticks = Array.from(
    { length: (max - min) / 10 + 1 },
    (_, i) => min + i * 10,
  ).filter((tick) => tick % 20 === 0 || tick === 0);

  return (
    <figure className="app-chart">
      <div
        className="app-chart__scroll"
        tabIndex={0}
        role="region"
        aria-label="Chart of trust leaders’ answers"
      >
        <svg
          className="app-chart__svg"
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby="survey-chart-title"
          aria-describedby="survey-chart-desc"
        >
          <title id="survey-chart-title">
            How trust leaders answered five statements, in percent
          </title>
          <desc id="survey-chart-desc">
            A diverging bar chart. For each statement, disagreement is shown to
            the left of the centre line and agreement to the right, with neither
            agree nor disagree across the centre line. The same figures are in
            the table below the chart.
          </desc>
          <line
            x1={x(0)}
            x2={x(0)}
            y1={top + 18}
            y2={top + statements.length * rowHeight}
            stroke="#212b32"
            strokeWidth={2}
          />
          {statements.map((statement, row) => {
            const y = top + row * rowHeight;
            return (
              <g key={statement.slug}>
                <text className="app-chart__label" x={0} y={y + 14}>
                  {statement.chartLabel ?? statement.statement}
                </text>
                {(bars[row] ?? []).map((segment) => {
                  const left = x(segment.start);
                  const segmentWidth = x(segment.start + segment.width) - left;
                  const colours = responseColours[segment.response];
                  return (
                    <g key={segment.response}>
                      <rect
                        x={left}
                        y={y + 22}
                        width={segmentWidth}
                        height={barHeight}
                        fill={colours.fill}
                        stroke="#ffffff"
                        strokeWidth={1}
                      >
                        <title>{`${segment.label}: ${segment.share}%`}</title>
                      </rect>
                      {segmentWidth >= minLabelWidth ? (
                        <text
                          className="app-chart__value"
                          x={left + segmentWidth / 2}
                          y={y + 22 + barHeight / 2}
                          fill={colours.text}
                          textAnchor="middle"
                          dominantBaseline="central"
                        >
                          {segment.share}%
                        </text>
                      ) : null}
                    </g>
                  );
                })}
              </g>
            );
          })}
          {ticks.map((tick) => (
            <text
              key={tick}
              className="app-chart__tick"
              x={Math.min(Math.max(x(tick), 14), width - 20)}
              y={height - 12}
              textAnchor="middle"
            >
              {Math.abs(tick)}%
            </text>
          ))}
        </svg>
      </div>
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
