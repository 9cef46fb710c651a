import "server-only";
import { formatDate } from "@/components/format";
import { listDueForReview, type DueForReview } from "@/db/mail";
import {
  daysBeforeShown,
  mostOpenedExamples,
  mostViewedExamples,
  readSearchReports,
  searchesOverTime,
  themesWithoutNewExamples,
  type InsightsPeriod,
  type NoResultsQuery,
  type OpenedExample,
  type QueryCount,
  type SearchReports,
  type SearchesInBucket,
  type ViewedExample,
} from "@/db/insights";

/**
 * The Insights page's lists, each once: its heading, what it shows, its columns and how to read
 * it. The page draws each as a table and its CSV download writes the same columns from the same
 * rows, so the two always agree.
 */

export type Cell = string | number;
export type InsightColumn<Row> = {
  header: string;
  value: (row: Row) => Cell;
  /** For the page only: a link to show instead of the value. */
  href?: (row: Row) => string;
};
export type InsightList<Row> = {
  slug: string;
  heading: string;
  description: string;
  empty: string;
  columns: InsightColumn<Row>[];
  read: (context: InsightsContext) => Promise<Row[]>;
};

/** What every list reads from: the period, today, and the three lists of searches read once. */
export type InsightsContext = {
  period: InsightsPeriod;
  today: Date;
  searches: () => Promise<SearchReports>;
};

function contextFor(period: InsightsPeriod, today: Date): InsightsContext {
  let searches: Promise<SearchReports> | null = null;
  return {
    period,
    today,
    searches: () => (searches ??= readSearchReports(period, today)),
  };
}

const bucketLabel = (period: InsightsPeriod) => (start: Date) =>
  period === "weeks"
    ? `Week starting ${formatDate(start)}`
    : new Intl.DateTimeFormat("en-GB", {
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }).format(start);

const list = <Row>(definition: InsightList<Row>) => definition;

export const searchesOverTimeList = (period: InsightsPeriod) =>
  list<SearchesInBucket>({
    slug: "searches-over-time",
    heading: "Searches over time",
    description:
      "Every search counted, whether or not its words are shown in the lists below.",
    empty: "No searches yet.",
    columns: [
      {
        header: period === "weeks" ? "Week" : "Month",
        value: (row) => bucketLabel(period)(row.start),
      },
      { header: "Searches", value: (row) => row.searches },
      { header: "With no results", value: (row) => row.withoutResults },
    ],
    read: ({ period, today }) => searchesOverTime(period, today),
  });

export const insightLists = [
  list<QueryCount>({
    slug: "top-searches",
    heading: "Top searches",
    description: "The words searched most often.",
    empty: `No search has been made on ${daysBeforeShown} separate days yet.`,
    columns: [
      { header: "Search", value: (row) => row.query },
      { header: "Searches", value: (row) => row.searches },
      { header: "With no results", value: (row) => row.withoutResults },
    ],
    read: async ({ searches }) => (await searches()).top,
  }),
  list<NoResultsQuery>({
    slug: "no-results",
    heading: "Searches with no results",
    description:
      "What staff looked for and did not find. Teach the search a word it does not know, or look for examples to add to the catalogue.",
    empty: `No search that found nothing has been made on ${daysBeforeShown} separate days yet.`,
    columns: [
      { header: "Search", value: (row) => row.query },
      { header: "Searches", value: (row) => row.searches },
      {
        header: "Last searched",
        value: (row) => formatDate(new Date(`${row.lastDay}T12:00:00Z`)),
      },
      {
        header: "Action",
        value: () => "",
        href: (row) =>
          `/admin/search-words?word=${encodeURIComponent(row.query)}#teach`,
      },
    ],
    read: async ({ searches }) => (await searches()).noResults,
  }),
  list<SearchReports["nobodyOpened"][number]>({
    slug: "nobody-opened",
    heading: "Searches with results nobody opened",
    description:
      "Searches that found examples, none of which anyone opened: the results may not be what staff wanted.",
    empty: `No search whose results nobody opened has been made on ${daysBeforeShown} separate days yet.`,
    columns: [
      { header: "Search", value: (row) => row.query },
      { header: "Searches", value: (row) => row.searches },
    ],
    read: async ({ searches }) => (await searches()).nobodyOpened,
  }),
  list<OpenedExample>({
    slug: "most-opened",
    heading: "Most opened examples",
    description:
      "Examples opened from a list of results, how far down the list they were, and how often their team was sent a message through the service.",
    empty: "No example has been opened from a list of results yet.",
    columns: [
      { header: "Reference", value: (row) => row.reference },
      {
        header: "Example",
        value: (row) => row.title,
        href: (row) => `/admin/examples/${row.reference}`,
      },
      { header: "Opened", value: (row) => row.opens },
      { header: "From the first 3 results", value: (row) => row.fromTopThree },
      { header: "Average position", value: (row) => row.averagePosition },
      { header: "Team contacted", value: (row) => row.contacted },
    ],
    read: ({ period, today }) => mostOpenedExamples(period, today),
  }),
  list<ViewedExample>({
    slug: "most-viewed",
    heading: "Most viewed examples",
    description:
      "Examples whose pages were viewed most, however people reached them: from a search, a link or a bookmark.",
    empty: "No example's page has been viewed yet.",
    columns: [
      { header: "Reference", value: (row) => row.reference },
      {
        header: "Example",
        value: (row) => row.title,
        href: (row) => `/admin/examples/${row.reference}`,
      },
      { header: "Views", value: (row) => row.views },
    ],
    read: ({ period, today }) => mostViewedExamples(period, today),
  }),
  list<DueForReview>({
    slug: "overdue-reviews",
    heading: "Examples overdue for review",
    description:
      "Published examples past their review date whose team said they have stopped, did not answer, or cannot be asked.",
    empty: "No example is overdue for review.",
    columns: [
      { header: "Reference", value: (row) => row.reference },
      {
        header: "Example",
        value: (row) => row.title,
        href: (row) => `/admin/examples/${row.reference}`,
      },
      {
        header: "Due since",
        value: (row) => formatDate(row.dueForReviewAt),
      },
    ],
    read: () => listDueForReview(),
  }),
  list<{ slug: string; name: string }>({
    slug: "themes-without-new-examples",
    heading: "Themes without a new example in the last 12 months",
    description: "Themes where nothing has been published for a year.",
    empty: "Every theme has had an example published in the last 12 months.",
    columns: [
      {
        header: "Theme",
        value: (row) => row.name,
        href: (row) => `/themes/${row.slug}`,
      },
    ],
    read: ({ today }) => themesWithoutNewExamples(today),
  }),
];

/** A list read for a period: what the page draws and the CSV writes. */
export type InsightTable = {
  slug: string;
  heading: string;
  description: string;
  empty: string;
  headers: string[];
  rows: { cells: Cell[]; links: (string | undefined)[] }[];
};

async function readTable<Row>(
  definition: InsightList<Row>,
  context: InsightsContext,
): Promise<InsightTable> {
  const rows = await definition.read(context);
  return {
    slug: definition.slug,
    heading: definition.heading,
    description: definition.description,
    empty: definition.empty,
    headers: definition.columns.map((column) => column.header),
    rows: rows.map((row) => ({
      cells: definition.columns.map((column) => column.value(row)),
      links: definition.columns.map((column) => column.href?.(row)),
    })),
  };
}

/** Every list for a period, the searches over time first. */
export function readInsightTables(
  period: InsightsPeriod,
  today: Date,
): Promise<InsightTable[]> {
  const context = contextFor(period, today);
  return Promise.all([
    readTable(searchesOverTimeList(period), context),
    ...insightLists.map((definition) =>
      readTable(definition as InsightList<unknown>, context),
    ),
  ]);
}

/** The one list a CSV address names, or null. */
export async function readInsightTable(
  slug: string,
  period: InsightsPeriod,
  today: Date,
): Promise<InsightTable | null> {
  const context = contextFor(period, today);
  if (slug === "searches-over-time")
    return readTable(searchesOverTimeList(period), context);
  const definition = insightLists.find((one) => one.slug === slug);
  return definition
    ? readTable(definition as InsightList<unknown>, context)
    : null;
}
