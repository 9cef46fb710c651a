import { NextResponse, type NextRequest } from "next/server";
import { parseSearchQuery } from "@/app/examples/search-params";
import { getPublishedExamplesBySlugs } from "@/db/catalogue";
import { searchExamples } from "@/db/search";
import { listThemeSlugs } from "@/db/catalogue";
import { publicJson, publicResponse } from "@/app/public-response";
import { toCsv, toOpenData } from "./open-data";

export const dynamic = "force-dynamic";

const csvLimit = 10_000;

/**
 * GET /api/examples — published examples as open data, with the same parameters as the search
 * (q, theme, setting, sort, page). With format=csv: every matching example as a CSV download.
 */
export async function GET(request: NextRequest) {
  const searchParams = new URLSearchParams(request.nextUrl.searchParams);
  const format = searchParams.get("format") ?? "json";
  searchParams.delete("format");
  if (format !== "json" && format !== "csv") {
    return NextResponse.json(
      { error: { parameter: "format", message: "Format must be json or csv" } },
      { status: 400 },
    );
  }
  const parsed = parseSearchQuery(searchParams, await listThemeSlugs());
  if (!parsed.ok) {
    return NextResponse.json(
      { error: { parameter: parsed.parameter, message: parsed.message } },
      { status: 400 },
    );
  }
  if (format === "csv") {
    const { results } = await searchExamples({
      ...parsed.params,
      page: 1,
      perPage: csvLimit,
    });
    const examples = await getPublishedExamplesBySlugs(
      results.map((hit) => hit.slug),
    );
    return publicResponse(request, toCsv(examples), {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="improvement-examples.csv"',
    });
  }
  const found = await searchExamples(parsed.params);
  const examples = await getPublishedExamplesBySlugs(
    found.results.map((hit) => hit.slug),
  );
  return publicJson(request, {
    total: found.total,
    page: found.page,
    pageCount: found.pageCount,
    examples: examples.map(toOpenData),
  });
}
