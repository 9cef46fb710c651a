import { NextResponse } from "next/server";
import { logger } from "@/app/logger";
import { checkDatabaseHealth } from "@/db/ops";
import { isRecordingSearches, pendingInsights } from "@/db/insights";
import { serverStats } from "@/server/bridge.mjs";

export const dynamic = "force-dynamic";

/**
 * GET /api/health — 200 when the database answers and is fully migrated, 503 otherwise; with this
 * server's HTML cache counts (hits, misses, evictions), load (requests at work, queued, shed) and
 * search insights' counts waiting to be written (and any dropped while the database was away).
 */
export async function GET() {
  const health = await checkDatabaseHealth();
  if (!health.ok)
    logger.error({ event: "health.failed", ...health }, "Health check failed");
  // The public answer names the failing part; the details (paths, errors) go to the log only.
  const { ok, ...details } = health;
  if (details.database === "unreachable")
    details.problem = "The database could not be opened";
  return NextResponse.json(
    {
      status: ok ? "ok" : "unavailable",
      ...details,
      ...serverStats(),
      searchInsights: isRecordingSearches()
        ? { recording: true, ...pendingInsights() }
        : { recording: false },
    },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
