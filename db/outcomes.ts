import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "./client";
import type { Transaction } from "./moderation";
import { outcomes, type Outcome } from "./schema";

export type OutcomeValues = Pick<
  Outcome,
  "measure" | "before" | "after" | "unit" | "period"
>;

type Owner = { exampleId: number } | { reportId: number };

/** Stores an example's or a report's measured outcomes, in the order given, in the caller's transaction. */
export function insertOutcomes(
  tx: Transaction,
  owner: Owner,
  values: OutcomeValues[],
) {
  if (values.length === 0) return;
  tx.insert(outcomes)
    .values(values.map((value, position) => ({ ...value, ...owner, position })))
    .run();
}

const columns = {
  measure: outcomes.measure,
  before: outcomes.before,
  after: outcomes.after,
  unit: outcomes.unit,
  period: outcomes.period,
};

/** An example's measured outcomes, in the order they were given. */
export async function listExampleOutcomes(
  exampleId: number,
): Promise<OutcomeValues[]> {
  return db()
    .select(columns)
    .from(outcomes)
    .where(eq(outcomes.exampleId, exampleId))
    .orderBy(asc(outcomes.position));
}

/** The measured outcomes of several reports, by report id. */
export async function listReportOutcomes(
  reportIds: number[],
): Promise<Map<number, OutcomeValues[]>> {
  const byReport = new Map<number, OutcomeValues[]>();
  if (reportIds.length === 0) return byReport;
  const rows = await db()
    .select({ ...columns, reportId: outcomes.reportId })
    .from(outcomes)
    .where(inArray(outcomes.reportId, reportIds))
    .orderBy(asc(outcomes.reportId), asc(outcomes.position));
  for (const { reportId, ...outcome } of rows) {
    const list = byReport.get(reportId!) ?? [];
    list.push(outcome);
    byReport.set(reportId!, list);
  }
  return byReport;
}
