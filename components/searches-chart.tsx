/**
 * Searches in each week or month as a bar chart, drawn on the server as SVG like the survey's
 * (decision 18): readable without JavaScript, CSS or colour, with every figure in the table
 * beside it.
 */
const width = 640;
const height = 240;
const left = 8;
const top = 24;
const bottom = 44;

export function SearchesChart({
  bars,
  title,
}: {
  /** Oldest first: a short label and the number of searches. */
  bars: { label: string; value: number }[];
  title: string;
}) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const slot = (width - left) / Math.max(1, bars.length);
  const barWidth = Math.max(8, slot * 0.7);
  const plot = height - top - bottom;
  return (
    <figure className="app-chart">
      <div
        className="app-chart__scroll"
        tabIndex={0}
        role="region"
        aria-label={title}
      >
        <svg
          className="app-chart__svg"
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby="searches-chart-title"
          aria-describedby="searches-chart-desc"
        >
          <title id="searches-chart-title">{title}</title>
          <desc id="searches-chart-desc">
            A bar chart with one bar for each period, oldest on the left. The
            same figures are in the table below the chart.
          </desc>
          <line
            x1={left}
            x2={width}
            y1={top + plot}
            y2={top + plot}
            stroke="#212b32"
            strokeWidth={2}
          />
          {bars.map((bar, i) => {
            const barHeight = (bar.value / max) * plot;
            const x = left + i * slot + (slot - barWidth) / 2;
            const y = top + plot - barHeight;
            return (
              <g key={bar.label}>
                <rect
                  x={x}
                  y={y}
                  width={barWidth}
                  height={barHeight}
                  fill="#005eb8"
                />
                <text
                  className="app-chart__value"
                  x={x + barWidth / 2}
                  y={y - 6}
                  textAnchor="middle"
                  fill="#212b32"
                >
                  {bar.value}
                </text>
                <text
                  className="app-chart__tick"
                  x={x + barWidth / 2}
                  y={top + plot + 18}
                  textAnchor="middle"
                >
                  {bar.label}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
