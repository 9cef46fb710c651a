import { NextResponse, type NextRequest } from "next/server";
import { parseSearchQuery } from "@/app/examples/search-params";
import { searchExamples } from "@/db/search";
import { countSearchFrom } from "@/app/search-counting";
import { clientAddress } from "@/app/rate-limits";
import { listThemeSlugs } from "@/db/catalogue";
import { publicJson } from "@/app/public-response";

export const dynamic = "force-dynamic";

/** GET /api/search?q=&theme=&setting=&sort=&page= — the same search as /examples, as JSON. */
export async function GET(request: NextRequest) {
  const parsed = parseSearchQuery(
    request.nextUrl.searchParams,
    await listThemeSlugs(),
  );
  if (!parsed.ok) {
    return NextResponse.json(
      { error: { parameter: parsed.parameter, message: parsed.message } },
      { status: 400 },
    );
  }
  const found = await searchExamples(parsed.params);
  countSearchFrom(clientAddress(request.headers), parsed.params, found);
  return publicJson(request, found);
}
