import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { fieldLimits } from "@/app/forms/fields";
import { findSimilarExamples } from "@/db/search";

export const dynamic = "force-dynamic";

const query = z.object({
  title: z
    .string({ error: "Give a title" })
    .max(
      fieldLimits.title,
      `Title must be ${fieldLimits.title} characters or fewer`,
    ),
  summary: z
    .string()
    .max(
      fieldLimits.summary,
      `Summary must be ${fieldLimits.summary} characters or fewer`,
    )
    .optional(),
});

/**
 * GET /api/similar?title=…&summary=… — up to three published examples like a draft submission,
 * so the form can ask "Is your work like one of these?" while it is filled in.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const parsed = query.safeParse({
    title: params.get("title") ?? undefined,
    summary: params.get("summary") ?? undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return NextResponse.json(
      {
        error: {
          parameter: String(issue?.path[0] ?? "title"),
          message: issue?.message ?? "Invalid request",
        },
      },
      { status: 400 },
    );
  }
  return NextResponse.json({
    examples: await findSimilarExamples(parsed.data),
  });
}
