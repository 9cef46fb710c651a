import { measureCsv } from "@/app/api/examples/open-data";
import { publicResponse, redirectTo } from "@/app/public-response";
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

  return publicResponse(request, measureCsv(measure), {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${route.example.slug}${report ? `-${report.toLowerCase()}` : ""}-measure-${number}.csv"`,
  });
}
