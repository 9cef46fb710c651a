import "server-only";
import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableName,
  inArray,
  isNull,
  sql,
} from "drizzle-orm";
import { db } from "./client";
import { insertOutcomes, type OutcomeValues } from "./outcomes";
import {
  formatReference,
  moveSlugForTitle,
  reviewDueFrom,
  uniqueSlug,
} from "./examples";
import type { ExampleStatus, ModerationAction } from "./options";
import {
  adoptionReports,
  examples,
  exampleThemes,
  moderationEvents,
  moderators,
  themes,
  type Example,
  type FieldChanges,
  type NewExample,
} from "./schema";

export type Transaction = Parameters<
  Parameters<ReturnType<typeof db>["transaction"]>[0]
>[0];

/** The answers a person gives on the form, and a moderator can edit. */
export type ExampleFields = Required<
  Pick<
    NewExample,
    | "title"
    | "summary"
    | "problem"
    | "approach"
    | "impact"
    | "learning"
    | "careSetting"
    | "region"
    | "stage"
    | "evidence"
    | "organisation"
    | "oneOffCost"
    | "runningCost"
    | "runningCostPeriod"
    | "staffHours"
    | "staffHoursPeriod"
    | "contactName"
    | "contactEmail"
    | "contactConsent"
    | "moreInfoUrl"
  >
> & { themes: string[] };

/** What a moderator can change: the answers, and whether they have seen the evaluation. */
export type EditableFields = ExampleFields & { evidenceChecked: boolean };

const editableColumns = [
  "title",
  "summary",
  "problem",
  "approach",
  "impact",
  "learning",
  "careSetting",
  "region",
  "stage",
  "evidence",
  "evidenceChecked",
  "organisation",
  "oneOffCost",
  "runningCost",
  "runningCostPeriod",
  "staffHours",
  "staffHoursPeriod",
  "contactName",
  "contactEmail",
  "contactConsent",
  "moreInfoUrl",
] as const satisfies readonly (keyof EditableFields)[];

function themeIds(tx: Transaction, slugs: string[]): number[] {
  const rows = tx
    .select({ id: themes.id })
    .from(themes)
    .where(inArray(themes.slug, slugs))
    .all();
  if (rows.length !== new Set(slugs).size)
    throw new Error(`Unknown theme in ${slugs.join(", ")}`);
  return rows.map(({ id }) => id);
}

function setThemes(tx: Transaction, exampleId: number, slugs: string[]) {
  tx.delete(exampleThemes).where(eq(exampleThemes.exampleId, exampleId)).run();
  tx.insert(exampleThemes)
    .values(themeIds(tx, slugs).map((themeId) => ({ exampleId, themeId })))
    .run();
}

function themeSlugsOf(tx: Transaction, exampleId: number): string[] {
  return tx
    .select({ slug: themes.slug })
    .from(exampleThemes)
    .innerJoin(themes, eq(themes.id, exampleThemes.themeId))
    .where(eq(exampleThemes.exampleId, exampleId))
    .all()
    .map(({ slug }) => slug)
    .sort();
}

export function record(
  tx: Transaction,
  event: {
    exampleId: number;
    /** For an event about a "we tried this too" report on the example. */
    reportId?: number;
    moderatorId: number | null;
    action: ModerationAction;
    reason?: string;
    changes?: FieldChanges;
  },
) {
  tx.insert(moderationEvents)
    .values({ ...event, createdAt: new Date() })
    .run();
}

/**
 * The next row id and its reference: the reference follows the id, so IX-0042 is the 42nd example
 * ever stored and TR-0003 the third report. An id whose reference is taken (a seeded one) is
 * skipped.
 */
export function nextReference(
  tx: Transaction,
  table: typeof examples | typeof adoptionReports,
  format: (n: number) => string,
): { id: number; reference: string } {
  const sequence = tx.get<{ seq: number } | undefined>(
    sql`SELECT seq FROM sqlite_sequence WHERE name = ${getTableName(table)}`,
  );
  let id = (sequence?.seq ?? 0) + 1;
  const taken = (n: number) =>
    tx
      .select({ id: table.id })
      .from(table)
      .where(eq(table.reference, format(n)))
      .get();
  while (taken(id)) id += 1;
  return { id, reference: format(id) };
}

/**
 * Stores a submission as pending, with its themes and a "submitted" history row, in one
 * transaction. The same submission key twice (a refresh or a double click) stores nothing new
 * and returns the first copy's reference.
 */
export function createSubmission(
  fields: ExampleFields & { submissionKey: string },
  measured: OutcomeValues[] = [],
): { reference: string; created: boolean } {
  return db().transaction(
    (tx) => {
      const existing = tx
        .select({ reference: examples.reference })
        .from(examples)
        .where(eq(examples.submissionKey, fields.submissionKey))
        .get();
      if (existing) return { reference: existing.reference, created: false };

      const { id, reference } = nextReference(tx, examples, formatReference);
      const now = new Date();
      const { themes: themeSlugs, ...answers } = fields;
      tx.insert(examples)
        .values({
          ...answers,
          id,
          reference,
          // A placeholder until a moderator approves it; pending examples have no public address.
          slug: uniqueSlug(tx, `submission ${reference}`, id),
          status: "pending",
          // Only a moderator who has seen the evaluation can say so.
          evidenceChecked: false,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      setThemes(tx, id, themeSlugs);
      insertOutcomes(tx, { exampleId: id }, measured);
      record(tx, { exampleId: id, moderatorId: null, action: "submitted" });
      return { reference, created: true };
    },
    { behavior: "immediate" },
  );
}

/** The reference of the submission sent with this key, or null if it has not been stored. */
export function findReferenceBySubmissionKey(
  submissionKey: string,
): string | null {
  return (
    db()
      .select({ reference: examples.reference })
      .from(examples)
      .where(eq(examples.submissionKey, submissionKey))
      .get()?.reference ?? null
  );
}

/** Whether a reference belongs to any stored example, for the confirmation page. */
export function submissionExists(reference: string): boolean {
  return Boolean(
    db()
      .select({ id: examples.id })
      .from(examples)
      .where(eq(examples.reference, reference))
      .get(),
  );
}

/** How many examples and reports are in each status, for the moderation queue's tabs. */
export function countExamplesByStatus(): Record<ExampleStatus, number> {
  const counts: Record<ExampleStatus, number> = {
    pending: 0,
    published: 0,
    rejected: 0,
    withdrawn: 0,
  };
  for (const table of [examples, adoptionReports]) {
    for (const row of db()
      .select({ status: table.status, total: count() })
      .from(table)
      .groupBy(table.status)
      .all()) {
      counts[row.status] += row.total;
    }
  }
  return counts;
}

export type QueueItem = Pick<
  Example,
  "reference" | "title" | "organisation" | "status" | "createdAt" | "updatedAt"
> & {
  /** A new example, or a "we tried this too" report on one (titled after its example). */
  kind: "example" | "report";
};

export const queuePageSize = 20;

export type QueuePage = {
  items: QueueItem[];
  total: number;
  /** The page shown: the one asked for, kept within 1 and pageCount. */
  page: number;
  pageCount: number;
};

/**
 * One page (20) of the examples and reports in one status, for moderators: pending oldest first
 * (first come, first served), the rest newest change first.
 */
export function listExamplesForModeration(
  status: ExampleStatus,
  requestedPage = 1,
): QueuePage {
  const total = countExamplesByStatus()[status];
  const pageCount = Math.max(1, Math.ceil(total / queuePageSize));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const order =
    status === "pending"
      ? sql`created_at ASC, reference ASC`
      : sql`updated_at DESC, reference DESC`;
  const rows = db().all<{
    kind: "example" | "report";
    reference: string;
    title: string;
    organisation: string | null;
    status: ExampleStatus;
    created_at: number;
    updated_at: number;
  }>(
    sql`SELECT 'example' AS kind, reference, title, organisation, status, created_at, updated_at
        FROM examples WHERE status = ${status}
        UNION ALL
        SELECT 'report', r.reference, e.title, r.organisation, r.status, r.created_at, r.updated_at
        FROM adoption_reports r JOIN examples e ON e.id = r.example_id WHERE r.status = ${status}
        ORDER BY ${order} LIMIT ${queuePageSize} OFFSET ${(page - 1) * queuePageSize}`,
  );
  const items = rows.map((row) => ({
    kind: row.kind,
    reference: row.reference,
    title: row.title,
    organisation: row.organisation,
    status: row.status,
    createdAt: new Date(row.created_at * 1000),
    updatedAt: new Date(row.updated_at * 1000),
  }));
  return { items, total, page, pageCount };
}

export type ReviewEvent = {
  id: number;
  action: ModerationAction;
  reason: string | null;
  changes: FieldChanges | null;
  createdAt: Date;
  moderatorName: string | null;
};

export type ExampleForReview = Example & {
  themes: { slug: string; name: string }[];
  history: ReviewEvent[];
};

/** Any example by reference, whatever its status, with its themes and history: for moderators only. */
export function getExampleForReview(
  reference: string,
): ExampleForReview | null {
  const example = db()
    .select()
    .from(examples)
    .where(eq(examples.reference, reference.toUpperCase()))
    .get();
  if (!example) return null;
  const exampleThemesList = db()
    .select({ slug: themes.slug, name: themes.name })
    .from(exampleThemes)
    .innerJoin(themes, eq(themes.id, exampleThemes.themeId))
    .where(eq(exampleThemes.exampleId, example.id))
    .orderBy(asc(themes.name))
    .all();
  const history = listHistory({ exampleId: example.id });
  return { ...example, themes: exampleThemesList, history };
}

/** What happened to an example (not its reports), or to one report, newest first, with who did it. */
export function listHistory(
  of: { exampleId: number } | { reportId: number },
): ReviewEvent[] {
  return db()
    .select({
      id: moderationEvents.id,
      action: moderationEvents.action,
      reason: moderationEvents.reason,
      changes: moderationEvents.changes,
      createdAt: moderationEvents.createdAt,
      moderatorName: moderators.name,
    })
    .from(moderationEvents)
    .leftJoin(moderators, eq(moderators.id, moderationEvents.moderatorId))
    .where(
      "reportId" in of
        ? eq(moderationEvents.reportId, of.reportId)
        : and(
            eq(moderationEvents.exampleId, of.exampleId),
            isNull(moderationEvents.reportId),
          ),
    )
    .orderBy(desc(moderationEvents.createdAt), desc(moderationEvents.id))
    .all();
}

export type ModerationResult =
  | { ok: true; changed: boolean; slug: string; version: number }
  | { ok: false; problem: "missing" }
  | {
      ok: false;
      problem: "conflict" | "status";
      status: ExampleStatus;
      decidedBy: string | null;
    };

/** Who made the latest decision or edit, so a moderator who lost a race knows who won. */
export function lastActor(
  tx: Transaction,
  exampleId: number,
  reportId?: number,
): string | null {
  return (
    tx
      .select({ name: moderators.name })
      .from(moderationEvents)
      .innerJoin(moderators, eq(moderators.id, moderationEvents.moderatorId))
      .where(
        reportId === undefined
          ? and(
              eq(moderationEvents.exampleId, exampleId),
              isNull(moderationEvents.reportId),
            )
          : eq(moderationEvents.reportId, reportId),
      )
      .orderBy(desc(moderationEvents.id))
      .limit(1)
      .get()?.name ?? null
  );
}

/**
 * Runs one moderator action in a write transaction, so the check of what the moderator saw (the
 * example's version) and the write cannot be split by another moderator's action.
 */
function moderate(
  { id }: { id: number },
  act: (tx: Transaction, example: Example) => ModerationResult,
): ModerationResult {
  return db().transaction(
    (tx) => {
      const example = tx
        .select()
        .from(examples)
        .where(eq(examples.id, id))
        .get();
      if (!example) return { ok: false, problem: "missing" };
      return act(tx, example);
    },
    { behavior: "immediate" },
  );
}

export type Decision = "approve" | "reject" | "withdraw";

/** What each decision needs and leads to; the same for examples and for reports. */
const decisions: Record<
  Decision,
  { from: ExampleStatus; to: ExampleStatus; action: ModerationAction }
> = {
  approve: { from: "pending", to: "published", action: "approved" },
  reject: { from: "pending", to: "rejected", action: "rejected" },
  withdraw: { from: "published", to: "withdrawn", action: "withdrawn" },
};

/**
 * Whether a decision can go ahead on a row as it is now: null if it can, otherwise the result to
 * give. Repeating a decision already made changes nothing; a decision on a row that another
 * moderator changed since it was opened (`version`) or that is in the wrong status is refused.
 */
export function checkDecision(
  row: { status: ExampleStatus; version: number },
  decision: Decision,
  seen: { version?: number; slug: string; decidedBy: () => string | null },
): ModerationResult | null {
  const { from, to } = decisions[decision];
  if (row.status === to)
    return { ok: true, changed: false, slug: seen.slug, version: row.version };
  const problem =
    row.status !== from
      ? "status"
      : seen.version !== undefined && seen.version !== row.version
        ? "conflict"
        : null;
  return problem
    ? { ok: false, problem, status: row.status, decidedBy: seen.decidedBy() }
    : null;
}

/** The status a decision leads to, and how the history records it. */
export const decisionOutcome = (decision: Decision) => decisions[decision];

function refuse(
  tx: Transaction,
  example: Example,
  problem: "conflict" | "status",
): ModerationResult {
  return {
    ok: false,
    problem,
    status: example.status,
    decidedBy: lastActor(tx, example.id),
  };
}

/** Approve, reject or withdraw an example, with what else changes and the history row. */
function decideExample(
  decision: Decision,
  input: { id: number; moderatorId: number; version?: number; reason?: string },
  changes: (
    tx: Transaction,
    example: Example,
  ) => Partial<NewExample> = () => ({}),
): ModerationResult {
  return moderate(input, (tx, example) => {
    const refused = checkDecision(example, decision, {
      version: input.version,
      slug: example.slug,
      decidedBy: () => lastActor(tx, example.id),
    });
    if (refused) return refused;
    const { to, action } = decisions[decision];
    const result = changeStatus(tx, example, {
      ...changes(tx, example),
      status: to,
    });
    record(tx, {
      exampleId: example.id,
      moderatorId: input.moderatorId,
      action,
      reason: input.reason,
    });
    return { ok: true, changed: true, ...result };
  });
}

function changeStatus(
  tx: Transaction,
  example: Example,
  values: Partial<NewExample>,
): { slug: string; version: number } {
  const version = example.version + 1;
  tx.update(examples)
    .set({ ...values, version, updatedAt: new Date() })
    .where(eq(examples.id, example.id))
    .run();
  return { slug: values.slug ?? example.slug, version };
}

/** Publishes a pending example now, under a slug of its own. Approving it again changes nothing. */
export function approveSubmission(input: {
  id: number;
  moderatorId: number;
  version?: number;
}): ModerationResult {
  return decideExample("approve", input, (tx, example) => {
    const publishedAt = new Date();
    return {
      slug: uniqueSlug(tx, example.title, example.id),
      publishedAt,
      // A moderator read it before approving: that confirms it as current.
      confirmedAt: publishedAt,
      reviewDueAt: reviewDueFrom(publishedAt),
    };
  });
}

/** Rejects a pending example; the reason is kept for moderators and never shown publicly. */
export function rejectSubmission(input: {
  id: number;
  moderatorId: number;
  reason: string;
  version?: number;
}): ModerationResult {
  return decideExample("reject", input);
}

/** Takes a published example down; its address then answers 410 Gone. Withdrawing it again changes nothing. */
export function withdrawExample(input: {
  id: number;
  moderatorId: number;
  reason: string;
  version?: number;
}): ModerationResult {
  return decideExample("withdraw", input);
}

/** Each of `columns` whose value differs between a stored row and a moderator's edit, with both values. */
export function fieldChanges<Row extends object, Column extends keyof Row>(
  row: Row,
  edited: Pick<Row, Column>,
  columns: readonly Column[],
): FieldChanges {
  const changes: FieldChanges = {};
  for (const column of columns) {
    if (row[column] !== edited[column])
      changes[String(column)] = { from: row[column], to: edited[column] };
  }
  return changes;
}

/** Saves a moderator's edits and records each changed field's old and new value. */
export function updateExample(input: {
  id: number;
  moderatorId: number;
  version: number;
  fields: EditableFields;
}): ModerationResult {
  return moderate(input, (tx, example) => {
    if (input.version !== example.version)
      return refuse(tx, example, "conflict");
    const changes = fieldChanges(example, input.fields, editableColumns);
    const { themes: themeSlugs, ...answers } = input.fields;
    const oldThemes = themeSlugsOf(tx, example.id);
    const newThemes = [...new Set(themeSlugs)].sort();
    if (oldThemes.join() !== newThemes.join())
      changes.themes = { from: oldThemes, to: newThemes };
    if (Object.keys(changes).length === 0)
      return {
        ok: true,
        changed: false,
        slug: example.slug,
        version: example.version,
      };

    const result = changeStatus(tx, example, {
      ...answers,
      slug: moveSlugForTitle(tx, example, input.fields.title),
    });
    if (changes.themes) setThemes(tx, example.id, newThemes);
    record(tx, {
      exampleId: example.id,
      moderatorId: input.moderatorId,
      action: "edited",
      changes,
    });
    return { ok: true, changed: true, ...result };
  });
}
