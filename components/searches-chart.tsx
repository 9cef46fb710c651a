/** The longest bar's share of its row, leaving room for the figure after it. */
const longest = 75;

/**
 * Searches in each week or month as a bar chart, one row a period with the most recent at the
 * top, so that it fits any screen whole and the latest figure is read first. Each bar is an SVG
 * sized in percentages (the Content-Security-Policy refuses style attributes). One image to a
 * screen reader; every figure is in the table that follows.
 */
export function SearchesChart({
  bars,
  title,
}: {
  /** Oldest first: a short label and the number of searches. */
  bars: { label: string; value: number }[];
  title: string;
}) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure className="app-chart">
      <div
        className="app-bar-chart"
        role="img"
        aria-label={`${title}, most recent first. The same figures are in the table below the chart.`}
      >
        {bars.toReversed().map((bar) => {
          const length = (bar.value / max) * longest;
          return (
            <div key={bar.label} className="app-bar-chart__row">
              <span className="app-bar-chart__label">{bar.label}</span>
              <svg
                className="app-bar-chart__track"
                width="100%"
                height={24}
                aria-hidden="true"
                focusable="false"
              >
                <rect
                  className="app-bar-chart__bar"
                  x={0}
                  y={2}
                  width={`${length}%`}
                  height={20}
                />
                <text
                  className="app-bar-chart__value"
                  x={`${length}%`}
                  dx={6}
                  y={12}
                  dominantBaseline="central"
                >
                  {bar.value}
                </text>
              </svg>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
