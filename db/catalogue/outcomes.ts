import "server-only";
import { asc, inArray } from "drizzle-orm";
import { db } from "@/db/core/client";
import type { Transaction } from "@/db/core/client";
import { outcomes, type Outcome } from "@/db/core/schema";

export type OutcomeValues = Pick<
  Outcome,
  "measure" | "before" | "after" | "unit" | "period"
>;

type Owner = { exampleId: number } | { reportId: number };

/** Stores an example's or a report's measured outcomes, in the order given, in the caller's transaction. */
export async function insertOutcomes(
  tx: Transaction,
  owner: Owner,
  values: OutcomeValues[],
) {
  if (values.length === 0) return;
  await tx
    .insert(outcomes)
    .values(
      values.map((value, position) => ({ ...value, ...owner, position })),
    );
}

const columns = {
  measure: outcomes.measure,
  before: outcomes.before,
  after: outcomes.after,
  unit: outcomes.unit,
  period: outcomes.period,
};

/**
 * The measured outcomes of several examples (by `exampleId`) or reports (by `reportId`) in one
 * query, each list in the order it was given.
 */
export async function listOutcomesOf(
  owner: "exampleId" | "reportId",
  ids: number[],
): Promise<Map<number, OutcomeValues[]>> {
  const byOwner = new Map<number, OutcomeValues[]>();
  if (ids.length === 0) return byOwner;
  const rows = await db()
    .select({ ...columns, ownerId: outcomes[owner] })
    .from(outcomes)
    .where(inArray(outcomes[owner], ids))
    .orderBy(asc(outcomes[owner]), asc(outcomes.position));
  for (const { ownerId, ...outcome } of rows) {
    const list = byOwner.get(ownerId!) ?? [];
    list.push(outcome);
    byOwner.set(ownerId!, list);
  }
  return byOwner;
}

/** An example's measured outcomes, in the order they were given. */
export async function listExampleOutcomes(
  exampleId: number,
): Promise<OutcomeValues[]> {
  return (await listOutcomesOf("exampleId", [exampleId])).get(exampleId) ?? [];
}
