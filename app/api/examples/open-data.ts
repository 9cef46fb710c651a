import "server-only";
import { csvDocument } from "@/app/csv";
import { absoluteUrl } from "@/components/site-url";
import {
  careSettings,
  evidenceLevels,
  regions,
  selfReportedLabel,
  stages,
} from "@/db/options";
import type { Resources } from "@/components/measured-results";
import {
  pickColumns,
  publicReportColumns,
  type PublicReport,
} from "@/db/moderation";
import type { ExampleWithThemes, MeasureValues } from "@/db/catalogue";
import { pointStyles } from "@/components/control-chart";
import { plotTheDots } from "@/components/plot-the-dots";

/** A measure's chart, with each point's note and new period beside its type and period. */
function plotMeasure(measure: MeasureValues) {
  const chart = plotTheDots(measure.points, {
    better: measure.better,
    target: measure.target,
  });
  const given = new Map(measure.points.map((point) => [point.date, point]));
  const points = chart.points.map(({ date, value, type, period }) => ({
    date,
    value,
    note: given.get(date)!.note,
    newPeriod: given.get(date)!.rebase,
    type,
    period: chart.periods[period]!,
  }));
  return { chart, points };
}

/**
 * A measure over time as open data: its points with each one's type in NHSRplotthedots' own
 * names, each period's mean and process limits, and the variation and assurance icons
 * (docs/open-data.md).
 */
export function measureOpenData(measure: MeasureValues) {
  const { chart, points } = plotMeasure(measure);
  return {
    name: measure.name,
    unit: measure.unit,
    better: measure.better,
    target: measure.target,
    points: points.map(({ period: _, ...point }) => point),
    periods: chart.periods.map(({ from, mean, lower, upper }) => ({
      from,
      mean,
      lower,
      upper,
    })),
    variation: chart.variation,
    assurance: chart.assurance,
  };
}

/** A measure over time as CSV: each point with its note, type in words, and its period's mean and limits. */
export function measureCsv(measure: MeasureValues): string {
  const limit = (value: number | null) => (value === null ? "" : String(value));
  return csvDocument([
    [
      "Date",
      `Value${measure.unit ? ` (${measure.unit})` : ""}`,
      "Note",
      "New period starts",
      "Type",
      "Mean",
      "Lower process limit",
      "Upper process limit",
    ],
    ...plotMeasure(measure).points.map((point) => [
      point.date,
      String(point.value),
      point.note ?? "",
      point.newPeriod ? "Yes" : "",
      pointStyles[point.type].words,
      String(point.period.mean),
      limit(point.period.lower),
      limit(point.period.upper),
    ]),
  ]);
}

/** One published example as open data: contact details only where the person agreed to share them. */
export function toOpenData(example: ExampleWithThemes) {
  const consented = example.contactConsent === true;
  return {
    reference: example.reference,
    slug: example.slug,
    url: absoluteUrl(`/examples/${example.slug}`),
    title: example.title,
    summary: example.summary,
    problem: example.problem,
    approach: example.approach,
    impact: example.impact,
    learning: example.learning,
    organisation: example.organisation,
    careSetting: example.careSetting,
    region: example.region,
    moreInfoUrl: example.moreInfoUrl,
    keywords: example.keywords,
    /** null where no one has said ("not stated"). */
    stage: example.stage,
    evidence: example.evidence,
    /** false: the evidence is as the team reported it; true: a moderator has seen the evaluation. */
    evidenceChecked: example.evidenceChecked,
    /** Published "we tried this too" reports. */
    triedElsewhere: example.publishedReportCount,
    resources: resourcesOpenData(example),
    themes: example.themes.map((theme) => ({
      slug: theme.slug,
      name: theme.name,
    })),
    source: {
      title: example.sourceTitle,
      chapter: example.sourceChapter,
      url: example.sourceUrl,
      period: example.sourcePeriod,
    },
    contact: consented
      ? { name: example.contactName, email: example.contactEmail }
      : null,
    /** When it was added to the catalogue. */
    publishedAt: example.publishedAt?.toISOString() ?? null,
    updatedAt: example.updatedAt.toISOString(),
    /** When its content was last confirmed as current, by a moderator or by its source report. */
    confirmedAt: example.confirmedAt?.toISOString() ?? null,
    reviewDueAt: example.reviewDueAt?.toISOString() ?? null,
  };
}

/** What the work cost: whole pounds sterling, and staff hours, each with its period; null where not given. */
function resourcesOpenData(resources: Resources) {
  return {
    currency: "GBP",
    oneOffCost: resources.oneOffCost,
    runningCost: resources.runningCost,
    runningCostPeriod: resources.runningCostPeriod,
    staffHours: resources.staffHours,
    staffHoursPeriod: resources.staffHoursPeriod,
  };
}

/** A published "we tried this too" report as open data: contact details only with consent. */
export function reportOpenData(report: PublicReport) {
  return {
    // Its state is "running" or "stopped".
    ...pickColumns(report, publicReportColumns),
    contact: report.contactName
      ? { name: report.contactName, email: report.contactEmail }
      : null,
    outcomes: report.outcomes,
    measures: report.measures.map(measureOpenData),
    resources: resourcesOpenData(report),
    publishedAt: report.publishedAt?.toISOString() ?? null,
  };
}

const columns = [
  "Reference",
  "Title",
  "Summary",
  "Why it was needed",
  "What was done",
  "Results so far",
  "Lessons for others",
  "Themes",
  "Care setting",
  "Region",
  "Stage",
  "Evidence",
  "Tried elsewhere (reports)",
  "One-off cost (£)",
  "Running cost (£)",
  "Running cost per",
  "Staff time (hours)",
  "Staff time per",
  "Organisation",
  "Contact name",
  "Contact email",
  "More information",
  "Source",
  "Source link",
  "When reported",
  "Added to the catalogue",
  "Last updated",
  "Last confirmed as current",
  "Review due",
  "Link",
];

/** The examples as CSV: a header row, one row an example, UTF-8 with a byte order mark for Excel. */
export function toCsv(examples: ExampleWithThemes[]): string {
  const rows = examples.map((example) => {
    const data = toOpenData(example);
    return [
      data.reference,
      data.title,
      data.summary,
      data.problem,
      data.approach,
      data.impact,
      data.learning ?? "",
      data.themes.map((theme) => theme.name).join("; "),
      data.careSetting ? careSettings[data.careSetting] : "",
      data.region ? regions[data.region] : "",
      data.stage ? stages[data.stage] : "Not stated",
      data.evidence
        ? `${evidenceLevels[data.evidence]}${data.evidenceChecked ? "" : ` (${selfReportedLabel.toLowerCase()})`}`
        : "Not stated",
      String(data.triedElsewhere),
      data.resources.oneOffCost?.toString() ?? "",
      data.resources.runningCost?.toString() ?? "",
      data.resources.runningCostPeriod ?? "",
      data.resources.staffHours?.toString() ?? "",
      data.resources.staffHoursPeriod ?? "",
      data.organisation ?? "",
      data.contact?.name ?? "",
      data.contact?.email ?? "",
      data.moreInfoUrl ?? "",
      [data.source.title, data.source.chapter].filter(Boolean).join(", "),
      data.source.url ?? "",
      data.source.period ?? "",
      data.publishedAt?.slice(0, 10) ?? "",
      data.updatedAt.slice(0, 10),
      data.confirmedAt?.slice(0, 10) ?? "",
      data.reviewDueAt?.slice(0, 10) ?? "",
      data.url,
    ];
  });
  return csvDocument([columns, ...rows]);
}
