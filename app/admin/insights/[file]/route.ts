import type { NextRequest } from "next/server";
import { csvDocument } from "@/app/csv";
import { seeOther } from "@/app/public-response";
import { now } from "@/db/insights";
import { currentModerator } from "../../session";
import { readInsightTable } from "../lists";

export const dynamic = "force-dynamic";

/**
 * GET /admin/insights/<list>.csv?period=weeks|months — one Insights list as CSV, the same rows
 * and columns as the page (the action column is the page's link, so it is left out). For
 * signed-in moderators only; anyone else is sent to sign in.
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ file: string }> },
) {
  const { file } = await params;
  const period =
    request.nextUrl.searchParams.get("period") === "months"
      ? "months"
      : "weeks";
  if (!(await currentModerator())) {
    const back = `/admin/insights/${file}${period === "months" ? "?period=months" : ""}`;
    return seeOther(`/admin/sign-in?returnTo=${encodeURIComponent(back)}`);
  }
  const table = file.endsWith(".csv")
    ? await readInsightTable(file.slice(0, -4), period, now())
    : null;
  if (!table)
    return new Response("There is no such list.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const shown = table.headers
    .map((header, i) => ({ header, i }))
    .filter(({ header }) => header !== "Action");
  const csv = csvDocument([
    shown.map(({ header }) => header),
    ...table.rows.map((row) => shown.map(({ i }) => String(row.cells[i]))),
  ]);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${table.slug}-${period}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
