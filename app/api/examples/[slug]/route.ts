import { NextResponse } from "next/server";
import { findExampleRoute } from "@/db/catalogue";
import { listPublishedReports } from "@/db/moderation";
import { listExampleResults } from "@/db/catalogue";
import { publicJson, redirectTo } from "@/app/public-response";
import { measureOpenData, reportOpenData, toOpenData } from "../open-data";

export const dynamic = "force-dynamic";

/** GET /api/examples/[slug] — one published example as open data, with its published reports. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string }> },
) {
  const slug = (await params).slug;
  const route = await findExampleRoute(slug);
  switch (route.kind) {
    case "published": {
      const { outcomes, measures } = await listExampleResults(route.example.id);
      return publicJson(request, {
        ...toOpenData(route.example),
        outcomes,
        measures: measures.map(measureOpenData),
        reports: (await listPublishedReports(route.example.id)).map(
          reportOpenData,
        ),
      });
    }
    case "moved":
      return redirectTo(`/api/examples/${route.slug}`, 308);
    case "withdrawn":
      return NextResponse.json(
        { error: { message: `${route.reference} has been withdrawn` } },
        { status: 410 },
      );
    default:
      return NextResponse.json(
        { error: { message: "No published example has that address" } },
        { status: 404 },
      );
  }
}
