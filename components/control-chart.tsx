import { describeChart, spacingOf } from "./control-chart-words";
import {
  plotTheDots,
  type Assurance,
  type Better,
  type InputPoint,
  type PointType,
  type Variation,
} from "./plot-the-dots";

/** A measure over time as an example shows it. */
export type MeasureOverTime = {
  name: string;
  unit: string;
  better: Better;
  target: number | null;
  points: (InputPoint & { note?: string | null })[];
};

const plotHeight = 220;
const margin = 12;
const axisWidth = 52;

/**
 * Making Data Count's colours, darkened where needed for 3:1 against the page (WCAG 1.4.11); each
 * type has a shape of its own too, so colour is never the only sign.
 */
export const pointStyles: Record<
  PointType,
  {
    colour: string;
    shape: "circle" | "square" | "diamond" | "triangle";
    words: string;
  }
> = {
  common_cause: { colour: "#768692", shape: "circle", words: "Common cause" },
  special_cause_improvement: {
    colour: "#005eb8",
    shape: "square",
    words: "Special cause improvement",
  },
  special_cause_concern: {
    colour: "#b35500",
    shape: "diamond",
    words: "Special cause concern",
  },
  special_cause_neutral_high: {
    colour: "#6b2c91",
    shape: "triangle",
    words: "Special cause, higher",
  },
  special_cause_neutral_low: {
    colour: "#6b2c91",
    shape: "triangle",
    words: "Special cause, lower",
  },
};

const variationIcons: Record<
  Variation,
  { colour: string; letter: string; words: string }
> = {
  common_cause: {
    colour: "#768692",
    letter: "",
    words: "Common cause variation",
  },
  improvement_high: {
    colour: "#005eb8",
    letter: "H",
    words: "Special cause improvement, higher",
  },
  improvement_low: {
    colour: "#005eb8",
    letter: "L",
    words: "Special cause improvement, lower",
  },
  concern_high: {
    colour: "#b35500",
    letter: "H",
    words: "Special cause concern, higher",
  },
  concern_low: {
    colour: "#b35500",
    letter: "L",
    words: "Special cause concern, lower",
  },
  neutral_high: {
    colour: "#6b2c91",
    letter: "H",
    words: "Special cause variation, higher",
  },
  neutral_low: {
    colour: "#6b2c91",
    letter: "L",
    words: "Special cause variation, lower",
  },
};

const assuranceIcons: Record<
  Assurance,
  { colour: string; letter: string; words: string }
> = {
  consistent_pass: {
    colour: "#005eb8",
    letter: "P",
    words: "The target will be met",
  },
  consistent_fail: {
    colour: "#b35500",
    letter: "F",
    words: "The target will not be met",
  },
  inconsistent: {
    colour: "#768692",
    letter: "?",
    words: "The target will be met some times and missed others",
  },
};

function Marker({ type }: { type: PointType }) {
  const { colour, shape } = pointStyles[type];
  switch (shape) {
    case "circle":
      return <circle r={4.5} fill={colour} />;
    case "square":
      return <rect x={-4.5} y={-4.5} width={9} height={9} fill={colour} />;
    case "diamond":
      return <polygon points="0,-6 6,0 0,6 -6,0" fill={colour} />;
    case "triangle":
      return <polygon points="0,-6 6,5 -6,5" fill={colour} />;
  }
}

function Icon({
  colour,
  letter,
  words,
}: {
  colour: string;
  letter: string;
  words: string;
}) {
  return (
    <li className="app-control-chart__icon">
      <svg
        width="32"
        height="32"
        aria-hidden="true"
        focusable="false"
        className="app-control-chart__icon-mark"
      >
        <circle
          cx={16}
          cy={16}
          r={14}
          fill="#ffffff"
          stroke={colour}
          strokeWidth={3}
        />
        {letter ? (
          <text
            x={16}
            y={16}
            textAnchor="middle"
            dominantBaseline="central"
            fill={colour}
            className="app-control-chart__icon-letter"
          >
            {letter}
          </text>
        ) : (
          <circle cx={16} cy={16} r={5} fill={colour} />
        )}
      </svg>
      {words}
    </li>
  );
}

const shown = (value: number) =>
  Number.isInteger(value) ? String(value) : value.toFixed(1);

/**
 * A measure over time as a statistical process control chart (Making Data Count's XmR chart),
 * drawn on the server: points and line, each period's mean and process limits, the target, where a
 * new period starts, each point's type by colour and shape, and the variation and assurance icons
 * with their words. Under it, the sentence that says what it shows and the data as a table: a
 * screen reader gets those, and the drawing is hidden from it. Like the survey chart, each SVG is
 * placed in percentages of its width, so it fits any screen whole.
 */
export function ControlChart({ measure }: { measure: MeasureOverTime }) {
  const chart = plotTheDots(measure.points, {
    better: measure.better,
    target: measure.target,
  });
  const sentence = describeChart(chart, measure);
  const notes = new Map(
    measure.points.map((point) => [point.date, point.note ?? null]),
  );
  const count = chart.points.length;
  const values = [
    ...chart.points.map((point) => point.value),
    ...chart.periods.flatMap((period) =>
      [period.lower, period.upper].filter((v): v is number => v !== null),
    ),
    ...(measure.target === null ? [] : [measure.target]),
  ];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const spread = high - low || 1;
  const y = (value: number) =>
    margin + ((high - value) / spread) * (plotHeight - 2 * margin);
  const x = (index: number) => `${((index + 0.5) / count) * 100}%`;
  const edge = (index: number) => `${(index / count) * 100}%`;
  const spans = chart.periods.map((period, p) => {
    const first = chart.points.findIndex((point) => point.period === p);
    return { period, first, last: first + period.points };
  });
  const spacing = spacingOf(chart.points);
  const dateWords = (date: string) =>
    new Intl.DateTimeFormat("en-GB", {
      ...(spacing === "month" ? {} : { day: "numeric" }),
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${date}T00:00:00Z`));
  const ticks = [high, (high + low) / 2, low];
  const heading = `${measure.name}${measure.unit ? ` (${measure.unit})` : ""}`;

  return (
    <figure className="app-chart app-control-chart">
      <figcaption className="nhsuk-heading-s">{heading}</figcaption>
      {count > 0 ? (
        <>
          <div className="app-control-chart__drawing" aria-hidden="true">
            <svg
              className="app-control-chart__axis"
              width={axisWidth}
              height={plotHeight}
              focusable="false"
            >
              {ticks.map((tick) => (
                <text
                  key={tick}
                  x={axisWidth - 6}
                  y={y(tick)}
                  textAnchor="end"
                  dominantBaseline="central"
                  className="app-control-chart__tick"
                >
                  {shown(tick)}
                </text>
              ))}
            </svg>
            <svg
              className="app-control-chart__plot"
              width="100%"
              height={plotHeight}
              focusable="false"
            >
              {spans.map(({ period, first, last }, p) => (
                <g key={period.from}>
                  {p > 0 ? (
                    <line
                      x1={edge(first)}
                      x2={edge(first)}
                      y1={0}
                      y2={plotHeight}
                      className="app-control-chart__break"
                    />
                  ) : null}
                  <line
                    x1={edge(first)}
                    x2={edge(last)}
                    y1={y(period.mean)}
                    y2={y(period.mean)}
                    className="app-control-chart__mean"
                  />
                  {period.lower !== null && period.upper !== null
                    ? [period.lower, period.upper].map((limit) => (
                        <line
                          key={limit}
                          x1={edge(first)}
                          x2={edge(last)}
                          y1={y(limit)}
                          y2={y(limit)}
                          className="app-control-chart__limit"
                        />
                      ))
                    : null}
                </g>
              ))}
              {measure.target !== null ? (
                <line
                  x1="0"
                  x2="100%"
                  y1={y(measure.target)}
                  y2={y(measure.target)}
                  className="app-control-chart__target"
                />
              ) : null}
              {chart.points.slice(1).map((point, i) => (
                <line
                  key={point.date}
                  x1={x(i)}
                  x2={x(i + 1)}
                  y1={y(chart.points[i]!.value)}
                  y2={y(point.value)}
                  className="app-control-chart__line"
                />
              ))}
              {chart.points.map((point, i) => (
                <svg
                  key={point.date}
                  x={x(i)}
                  y={y(point.value)}
                  overflow="visible"
                  className={`app-control-chart__point app-control-chart__point--${point.type}`}
                >
                  <Marker type={point.type} />
                </svg>
              ))}
            </svg>
          </div>
          <p
            className="app-control-chart__dates nhsuk-body-s"
            aria-hidden="true"
          >
            <span>{dateWords(chart.points[0]!.date)}</span>
            <span>{dateWords(chart.points.at(-1)!.date)}</span>
          </p>
          <ul className="app-control-chart__icons">
            {chart.variation ? (
              <Icon {...variationIcons[chart.variation]} />
            ) : null}
            {chart.assurance ? (
              <Icon {...assuranceIcons[chart.assurance]} />
            ) : null}
          </ul>
        </>
      ) : null}
      <p className="app-control-chart__sentence">{sentence}</p>
      {count > 0 ? (
        // A plain table, not stacked on a phone: four short columns fit, and a long series stays
        // one screenful per dozen rows rather than a card each.
        <table className="nhsuk-table app-control-chart__table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
            {heading}: each result and its type
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Date
              </th>
              <th
                scope="col"
                className="nhsuk-table__header nhsuk-table__header--numeric"
              >
                Value
              </th>
              <th scope="col" className="nhsuk-table__header">
                Type
              </th>
              <th scope="col" className="nhsuk-table__header">
                Note
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {chart.points.map((point) => (
              <tr key={point.date} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__header">
                  {dateWords(point.date)}
                </th>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                  {point.value}
                </td>
                <td className="nhsuk-table__cell">
                  {pointStyles[point.type].words}
                </td>
                <td className="nhsuk-table__cell">
                  {notes.get(point.date) ?? ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </figure>
  );
}
