import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { countOpening } from "@/db/insights";

export const dynamic = "force-dynamic";

/** What a results list's links send when one is followed (components/search/result-link.tsx). */
const openingSchema = z.object({
  q: z.string().max(500).default(""),
  example: z.string().regex(/^IX-\d{4,}$/i, "Must be an example reference"),
  position: z.coerce.number().int().min(1).max(10_000),
});

/**
 * POST /api/insights/opened?q=&example=IX-0001&position=3 — someone opened an example from a
 * list of results. Sent by the browser (a link's `ping`, or a beacon with JavaScript); counted
 * for the Insights page with nothing about who sent it, if this instance showed that list within
 * the hour. Answers 204, or 4xx with a JSON error.
 */
export async function POST(request: NextRequest) {
  const parsed = openingSchema.safeParse(
    Object.fromEntries(request.nextUrl.searchParams),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return NextResponse.json(
      { error: { parameter: String(issue.path[0]), message: issue.message } },
      { status: 400 },
    );
  }
  const counted = await countOpening({
    q: parsed.data.q,
    reference: parsed.data.example,
    position: parsed.data.position,
  });
  // An opening from a list this instance did not show is answered the same, and not counted.
  if (counted === "unknown")
    return NextResponse.json(
      {
        error: {
          parameter: "example",
          message: "No published example has that reference",
        },
      },
      { status: 404 },
    );
  return new NextResponse(null, { status: 204 });
}
