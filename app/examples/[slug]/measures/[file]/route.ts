import { csvDocument } from "@/app/csv";
import { publicResponse, redirectTo } from "@/app/public-response";
import { pointStyles } from "@/components/control-chart";
import { plotTheDots } from "@/components/plot-the-dots";
import { findExampleRoute, listExampleResults } from "@/db/catalogue";
import { listPublishedReports } from "@/db/moderation";

export const dynamic = "force-dynamic";

const notFound = (message: string, status = 404) =>
  new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

/**
 * GET /examples/[slug]/measures/2.csv — a published example's second measure over time (with
 * `?report=TR-0003`, its published report's): each result with its note, where a new period
 * starts, its type, and its period's mean and limits.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; file: string }> },
) {
  const { slug, file } = await params;
  const number = /^([1-9]\d{0,2})\.csv$/.exec(file)?.[1];
  const route = await findExampleRoute(slug);
  if (route.kind === "moved")
    return redirectTo(`/examples/${route.slug}/measures/${file}`, 308);
  if (route.kind === "withdrawn")
    return notFound(`${route.reference} has been withdrawn`, 410);
  if (route.kind !== "published" || !number)
    return notFound("No published example has that address");
  const report = new URL(request.url).searchParams.get("report");
  const measures = report
    ? (await listPublishedReports(route.example.id)).find(
        (published) => published.reference === report.toUpperCase(),
      )?.measures
    : (await listExampleResults(route.example.id)).measures;
  const measure = measures?.[Number(number) - 1];
  if (!measure)
    return notFound(
      report
        ? "No published report of this example has a measure with that number"
        : "This example has no measure with that number",
    );

  const chart = plotTheDots(measure.points, {
    better: measure.better,
    target: measure.target,
  });
  const given = new Map(measure.points.map((point) => [point.date, point]));
  const rows = [
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
    ...chart.points.map((point) => {
      const period = chart.periods[point.period]!;
      const limit = (value: number | null) =>
        value === null ? "" : String(value);
      return [
        point.date,
        String(point.value),
        given.get(point.date)!.note ?? "",
        given.get(point.date)!.rebase ? "Yes" : "",
        pointStyles[point.type].words,
        String(period.mean),
        limit(period.lower),
        limit(period.upper),
      ];
    }),
  ];
  return publicResponse(request, csvDocument(rows), {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${route.example.slug}${report ? `-${report.toLowerCase()}` : ""}-measure-${number}.csv"`,
  });
}
