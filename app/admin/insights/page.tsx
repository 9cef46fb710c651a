import type { Metadata } from "next";
import Link from "@/components/link";
import { ResponsiveTable } from "@/components/responsive-table";
import { SearchesChart } from "@/components/searches-chart";
import {
  now,
  daysBeforeShown,
  insightsKeptMonths,
  insightsPeriods,
  isRecordingSearches,
  type InsightsPeriod,
} from "@/db/insights";
import { AdminBar } from "../admin-bar";
import { requireModerator } from "../session";
import { readInsightTables, type InsightTable } from "./lists";
import { WarningCallout } from "@/components/warning-callout";

export const metadata: Metadata = { title: "Insights" };

type Props = { searchParams: Promise<{ period?: string | string[] }> };

const readPeriod = (value: unknown): InsightsPeriod =>
  value === "months" ? "months" : "weeks";

const periodQuery = (period: InsightsPeriod) =>
  period === "weeks" ? "" : `?period=${period}`;

/** Short labels under the chart's bars: "2 Mar" for a week, "Mar 26" for a month. */
function shortLabel(period: InsightsPeriod, full: string) {
  const words = full.replace("Week starting ", "").split(" ");
  return period === "weeks"
    ? `${words[0]} ${words[1]?.slice(0, 3)}`
    : `${words[0]?.slice(0, 3)} ${words[1]}`;
}

function Table({ table }: { table: InsightTable }) {
  return (
    <ResponsiveTable
      caption={table.heading}
      columns={table.headers.map((header, i) => ({
        header,
        cell: (row: InsightTable["rows"][number]) => {
          const link = row.links[i];
          if (!link) return row.cells[i];
          const query = row.cells[0];
          return (
            <Link href={link}>
              {header === "Action" ? (
                <>
                  Teach the search
                  <span className="nhsuk-u-visually-hidden">
                    {" "}
                    what ‘{query}’ means
                  </span>
                </>
              ) : (
                row.cells[i]
              )}
            </Link>
          );
        },
      }))}
      rows={table.rows}
      rowKey={(row) => row.cells.join("|")}
    />
  );
}

function Download({
  table,
  period,
}: {
  table: InsightTable;
  period: InsightsPeriod;
}) {
  return (
    <p className="nhsuk-body-s">
      <a href={`/admin/insights/${table.slug}.csv${periodQuery(period)}`}>
        Download ‘{table.heading}’ (CSV)
      </a>
    </p>
  );
}

export default async function InsightsPage({ searchParams }: Props) {
  const period = readPeriod((await searchParams).period);
  const moderator = await requireModerator(
    `/admin/insights${periodQuery(period)}`,
  );
  const [overTime, ...lists] = await readInsightTables(period, now());

  return (
    <>
      <AdminBar moderator={moderator} />
      <h1>Insights</h1>
      <p className="nhsuk-lede-text">
        What staff search for and open, to decide which words to teach the
        search and which examples to look for.
      </p>
      {isRecordingSearches() ? null : (
        <WarningCallout heading="Searches are not being counted">
          <p>
            This service was started with SEARCH_INSIGHTS set to off, so these
            figures are not growing.
          </p>
        </WarningCallout>
      )}
      <p>
        Nothing here identifies anyone: searches are counted by day with no
        address, cookie or browser, and searches that look like an email
        address, a long number or a postcode are not kept. Words appear in a
        list only once they have been searched on {daysBeforeShown} separate
        days. Counts are deleted after {insightsKeptMonths} months.{" "}
        <Link href="/admin/search-words">Search words</Link> shows the words the
        search has been taught.
      </p>

      <nav aria-label="Period" className="nhsuk-u-margin-bottom-5">
        <ul className="app-period-links">
          {(Object.keys(insightsPeriods) as InsightsPeriod[]).map((choice) => (
            <li key={choice}>
              {choice === period ? (
                <strong aria-current="page">{insightsPeriods[choice]}</strong>
              ) : (
                <Link href={`/admin/insights${periodQuery(choice)}`}>
                  {insightsPeriods[choice]}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="searches-over-time">
        <h2 id="searches-over-time">{overTime!.heading}</h2>
        <p>{overTime!.description}</p>
        <SearchesChart
          title={`Searches each ${period === "weeks" ? "week" : "month"}, ${insightsPeriods[period].toLowerCase()}`}
          bars={overTime!.rows.map((row) => ({
            label: shortLabel(period, String(row.cells[0])),
            value: Number(row.cells[1]),
          }))}
        />
        {/* Newest first, as the chart reads; the CSV runs oldest first, as spreadsheets do. */}
        <Table table={{ ...overTime!, rows: overTime!.rows.toReversed() }} />
        <Download table={overTime!} period={period} />
      </section>

      {lists.map((table) => (
        <section key={table.slug} aria-labelledby={table.slug}>
          <h2 id={table.slug}>{table.heading}</h2>
          <p>{table.description}</p>
          {table.rows.length === 0 ? (
            <p>
              <strong>{table.empty}</strong>
            </p>
          ) : (
            <>
              <Table table={table} />
              <Download table={table} period={period} />
            </>
          )}
        </section>
      ))}
    </>
  );
}
