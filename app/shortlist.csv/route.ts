import type { NextRequest } from "next/server";
import { toCsv } from "@/app/api/examples/open-data";
import { readShortlistRefs } from "@/app/shortlist/shortlist-refs";
import { getShortlist } from "@/db/catalogue";

export const dynamic = "force-dynamic";

/** GET /shortlist.csv?refs=IX-0005,IX-0006 — a shortlist's published examples, in its order. */
export async function GET(request: NextRequest) {
  const { references } = readShortlistRefs(
    request.nextUrl.searchParams.getAll("refs"),
  );
  const { examples } = await getShortlist(references);
  return new Response(toCsv(examples), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="shortlist.csv"',
    },
  });
}
