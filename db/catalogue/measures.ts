import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/core/client";
import type { Db, Transaction } from "@/db/core/client";
import { measurePoints, measures } from "@/db/core/schema";
import type { MeasureDirection } from "@/db/options";
import { insertOutcomes, listOutcomesOf, type OutcomeValues } from "./outcomes";

/** A measure over time as it is stored and read: its chart is worked out from it when shown. */
export type MeasureValues = {
  name: string;
  unit: string;
  better: MeasureDirection;
  target: number | null;
  /** In date order. */
  points: {
    date: string;
    value: number;
    note: string | null;
    rebase: boolean;
  }[];
};

type Owner = { exampleId: number } | { reportId: number };

/** Stores an example's or a report's measures over time, in the order given, in the caller's transaction. */
export async function insertMeasures(
  tx: Transaction,
  owner: Owner,
  values: MeasureValues[],
) {
  for (const [position, { points, ...measure }] of values.entries()) {
    const [stored] = await tx
      .insert(measures)
      .values({ ...measure, ...owner, position })
      .returning({ id: measures.id });
    if (points.length > 0)
      await tx
        .insert(measurePoints)
        .values(points.map((point) => ({ ...point, measureId: stored!.id })));
  }
}

/** What a form sends about an example's or a report's results: before and after, and over time. */
export type ResultValues = {
  outcomes?: OutcomeValues[];
  measures?: MeasureValues[];
};

/** Stores the results a form sent, in the caller's transaction. */
export async function insertResults(
  tx: Transaction,
  owner: Owner,
  { outcomes = [], measures: measured = [] }: ResultValues,
) {
  await insertOutcomes(tx, owner, outcomes);
  await insertMeasures(tx, owner, measured);
}

/** A list of measures in a moderation history's words: "Average length of stay (24 results)". */
const inWords = (list: MeasureValues[]) =>
  list.map((measure) => `${measure.name} (${measure.points.length} results)`);

/** A measure with its keys in one order, to compare. */
const canonical = ({ name, unit, better, target, points }: MeasureValues) => ({
  name,
  unit,
  better,
  target,
  points: points.map(({ date, value, note, rebase }) => [
    date,
    value,
    note,
    rebase,
  ]),
});

/**
 * Replaces an example's or a report's measures with a moderator's edit, in the caller's
 * transaction: the change in the history's words, or null when nothing differs (nothing is
 * written then).
 */
export async function replaceMeasures(
  tx: Transaction,
  owner: Owner,
  values: MeasureValues[],
): Promise<{ from: string[]; to: string[] } | null> {
  const [key, id] =
    "exampleId" in owner
      ? (["exampleId", owner.exampleId] as const)
      : (["reportId", owner.reportId] as const);
  const stored = (await listMeasuresOf(key, [id], tx)).get(id) ?? [];
  if (
    JSON.stringify(stored.map(canonical)) ===
    JSON.stringify(values.map(canonical))
  )
    return null;
  await tx.delete(measures).where(eq(measures[key], id));
  await insertMeasures(tx, owner, values);
  return { from: inWords(stored), to: inWords(values) };
}

/**
 * The measures of several examples (by `exampleId`) or reports (by `reportId`) in two queries,
 * each list in the order it was given, each measure's points in date order.
 */
export async function listMeasuresOf(
  owner: "exampleId" | "reportId",
  ids: number[],
  reader: Db = db(),
): Promise<Map<number, MeasureValues[]>> {
  const byOwner = new Map<number, MeasureValues[]>();
  if (ids.length === 0) return byOwner;
  const rows = await reader
    .select({
      id: measures.id,
      ownerId: measures[owner],
      name: measures.name,
      unit: measures.unit,
      better: measures.better,
      target: measures.target,
    })
    .from(measures)
    .where(inArray(measures[owner], ids))
    .orderBy(asc(measures[owner]), asc(measures.position));
  if (rows.length === 0) return byOwner;
  const points = await reader
    .select({
      measureId: measurePoints.measureId,
      date: measurePoints.date,
      value: measurePoints.value,
      note: measurePoints.note,
      rebase: measurePoints.rebase,
    })
    .from(measurePoints)
    .where(
      inArray(
        measurePoints.measureId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(measurePoints.measureId), asc(measurePoints.date));
  const pointsOf = new Map<number, MeasureValues["points"]>();
  for (const { measureId, ...point } of points) {
    const list = pointsOf.get(measureId) ?? [];
    list.push(point);
    pointsOf.set(measureId, list);
  }
  for (const { id, ownerId, ...measure } of rows) {
    const list = byOwner.get(ownerId!) ?? [];
    list.push({ ...measure, points: pointsOf.get(id) ?? [] });
    byOwner.set(ownerId!, list);
  }
  return byOwner;
}

/** An example's measures over time, in the order they were given. */
export async function listExampleMeasures(
  exampleId: number,
): Promise<MeasureValues[]> {
  return (await listMeasuresOf("exampleId", [exampleId])).get(exampleId) ?? [];
}

/** An example's or a report's results: before and after, and over time. */
export type Results = { outcomes: OutcomeValues[]; measures: MeasureValues[] };

/** The results of several examples (by `exampleId`) or reports (by `reportId`), one entry an id. */
export async function listResultsOf(
  owner: "exampleId" | "reportId",
  ids: number[],
): Promise<Map<number, Results>> {
  const [outcomes, measured] = await Promise.all([
    listOutcomesOf(owner, ids),
    listMeasuresOf(owner, ids),
  ]);
  return new Map(
    ids.map((id) => [
      id,
      { outcomes: outcomes.get(id) ?? [], measures: measured.get(id) ?? [] },
    ]),
  );
}

/** An example's results: before and after, and over time. */
export async function listExampleResults(exampleId: number): Promise<Results> {
  return (await listResultsOf("exampleId", [exampleId])).get(exampleId)!;
}
