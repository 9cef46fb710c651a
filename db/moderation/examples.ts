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
import { db, engine, transaction, type Transaction } from "@/db/core/client";
import {
  insertResults,
  replaceMeasures,
  type MeasureValues,
  type ResultValues,
} from "@/db/catalogue/measures";
import {
  formatReference,
  moveSlugForTitle,
  reviewDueFrom,
  uniqueSlug,
} from "@/db/catalogue/examples";
import type { ExampleStatus, ModerationAction } from "@/db/options";
import {
  adoptionReports,
  exampleClaims,
  examples,
  exampleThemes,
  moderationEvents,
  moderators,
  themes,
  type Example,
  type FieldChanges,
  type NewExample,
} from "@/db/core/schema";
import { queueAlertsFor, tellModeratorsOfNewItem } from "@/db/mail";
import { tellExampleSender } from "./updates";

export type { Transaction };

/**
 * The answers a person gives on the form, and a moderator can edit, besides the themes: declared
 * once, for the types, the edit's change history and the edit form's stored values.
 */
export const answerColumns = [
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
  "organisation",
  "oneOffCost",
  "runningCost",
  "runningCostPeriod",
  "staffHours",
  "staffHoursPeriod",
  "contactName",
  "contactEmail",
  "contactForwarding",
  "contactConsent",
  "moreInfoUrl",
] as const satisfies readonly (keyof NewExample)[];

/** What a moderator can change: the answers, and whether they have seen the evaluation. */
export const editableColumns = [
  ...answerColumns,
  "evidenceChecked",
] as const satisfies readonly (keyof NewExample)[];

export type ExampleFields = Required<
  Pick<NewExample, (typeof answerColumns)[number]>
> & { themes: string[] };

export type EditableFields = ExampleFields & { evidenceChecked: boolean };

async function themeIds(tx: Transaction, slugs: string[]): Promise<number[]> {
  const rows = await tx
    .select({ id: themes.id })
    .from(themes)
    .where(inArray(themes.slug, slugs));
  if (rows.length !== new Set(slugs).size)
    throw new Error(`Unknown theme in ${slugs.join(", ")}`);
  return rows.map(({ id }) => id);
}

async function setThemes(tx: Transaction, exampleId: number, slugs: string[]) {
  await tx.delete(exampleThemes).where(eq(exampleThemes.exampleId, exampleId));
  const ids = await themeIds(tx, slugs);
  await tx
    .insert(exampleThemes)
    .values(ids.map((themeId) => ({ exampleId, themeId })));
}

async function themeSlugsOf(
  tx: Transaction,
  exampleId: number,
): Promise<string[]> {
  const rows = await tx
    .select({ slug: themes.slug })
    .from(exampleThemes)
    .innerJoin(themes, eq(themes.id, exampleThemes.themeId))
    .where(eq(exampleThemes.exampleId, exampleId));
  return rows.map(({ slug }) => slug).sort();
}

export async function record(
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
  await tx.insert(moderationEvents).values({ ...event, createdAt: new Date() });
}

/**
 * The next row id and its reference: the reference follows the id, so IX-0042 is the 42nd example
 * ever stored and TR-0003 the third report. An id whose reference is taken (a seeded one) is
 * skipped.
 */
export async function nextReference(
  tx: Transaction,
  table: typeof examples | typeof adoptionReports | typeof exampleClaims,
  format: (n: number) => string,
): Promise<{ id: number; reference: string }> {
  const name = getTableName(table) as
    "examples" | "adoption_reports" | "example_claims";
  const taken = async (n: number) =>
    (
      await tx
        .select({ id: table.id })
        .from(table)
        .where(eq(table.reference, format(n)))
    ).length > 0;
  let id = await engine().nextId(tx, name);
  while (await taken(id)) id = await engine().nextId(tx, name, id);
  return { id, reference: format(id) };
}

/**
 * Stores a submission as pending, with its themes and a "submitted" history row, in one
 * transaction. The same submission key twice (a refresh or a double click) stores nothing new
 * and returns the first copy's reference.
 */
export function createSubmission(
  fields: ExampleFields & {
    submissionKey: string;
    /** The sender asked to be emailed when it is received and when a moderator decides. */
    emailUpdates?: boolean;
  },
  results: ResultValues = {},
): Promise<{ reference: string; created: boolean }> {
  return transaction(async (tx) => {
    const [existing] = await tx
      .select({ reference: examples.reference })
      .from(examples)
      .where(eq(examples.submissionKey, fields.submissionKey));
    if (existing) return { reference: existing.reference, created: false };

    const { id, reference } = await nextReference(
      tx,
      examples,
      formatReference,
    );
    const now = new Date();
    const { themes: themeSlugs, ...answers } = fields;
    await tx.insert(examples).values({
      ...answers,
      id,
      reference,
      // A placeholder until a moderator approves it; pending examples have no public address.
      slug: await uniqueSlug(tx, `submission ${reference}`, id),
      status: "pending",
      // Only a moderator who has seen the evaluation can say so.
      evidenceChecked: false,
      createdAt: now,
      updatedAt: now,
    });
    await setThemes(tx, id, themeSlugs);
    await insertResults(tx, { exampleId: id }, results);
    await record(tx, { exampleId: id, moderatorId: null, action: "submitted" });
    await tellExampleSender(
      tx,
      { ...answers, reference, slug: "" },
      { event: "received" },
    );
    await tellModeratorsOfNewItem(tx, {
      kind: "example",
      reference,
      title: answers.title,
    });
    return { reference, created: true };
  });
}

/** The reference of the submission sent with this key, or null if it has not been stored. */
export async function findReferenceBySubmissionKey(
  submissionKey: string,
): Promise<string | null> {
  const [found] = await db()
    .select({ reference: examples.reference })
    .from(examples)
    .where(eq(examples.submissionKey, submissionKey));
  return found?.reference ?? null;
}

/** Whether a reference belongs to any stored example, for the confirmation page. */
export async function submissionExists(reference: string): Promise<boolean> {
  const found = await db()
    .select({ id: examples.id })
    .from(examples)
    .where(eq(examples.reference, reference));
  return found.length > 0;
}

/** How many examples and reports are in each status, for the moderation queue's tabs. */
export async function countExamplesByStatus(): Promise<
  Record<ExampleStatus, number>
> {
  const counts: Record<ExampleStatus, number> = {
    pending: 0,
    published: 0,
    rejected: 0,
    withdrawn: 0,
  };
  for (const table of [examples, adoptionReports, exampleClaims]) {
    for (const row of await db()
      .select({ status: table.status, total: count() })
      .from(table)
      .groupBy(table.status)) {
      counts[row.status] += row.total;
    }
  }
  return counts;
}

type QueueItemKind = "example" | "report" | "claim";

export type QueueItem = Pick<
  Example,
  "reference" | "title" | "organisation" | "status" | "createdAt" | "updatedAt"
> & {
  /** A new example, or a "we tried this too" report on one or a claim to one (titled after its example). */
  kind: QueueItemKind;
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
 * One page (20) of the examples, reports and claims in one status, for moderators: pending oldest first
 * (first come, first served), the rest newest change first.
 */
export async function listExamplesForModeration(
  status: ExampleStatus,
  requestedPage = 1,
): Promise<QueuePage> {
  const total = (await countExamplesByStatus())[status];
  const pageCount = Math.max(1, Math.ceil(total / queuePageSize));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const fields = {
    reference: examples.reference,
    title: examples.title,
    status: examples.status,
  };
  const newExamples = db()
    .select({
      kind: sql<QueueItemKind>`'example'`.as("kind"),
      ...fields,
      organisation: examples.organisation,
      createdAt: examples.createdAt,
      updatedAt: examples.updatedAt,
    })
    .from(examples)
    .where(eq(examples.status, status));
  // A report or a claim is listed under its example's title.
  const reports = db()
    .select({
      kind: sql<QueueItemKind>`'report'`.as("kind"),
      reference: adoptionReports.reference,
      title: examples.title,
      status: adoptionReports.status,
      organisation: adoptionReports.organisation,
      createdAt: adoptionReports.createdAt,
      updatedAt: adoptionReports.updatedAt,
    })
    .from(adoptionReports)
    .innerJoin(examples, eq(examples.id, adoptionReports.exampleId))
    .where(eq(adoptionReports.status, status));
  const claims = db()
    .select({
      kind: sql<QueueItemKind>`'claim'`.as("kind"),
      reference: exampleClaims.reference,
      title: examples.title,
      status: exampleClaims.status,
      organisation: exampleClaims.organisation,
      createdAt: exampleClaims.createdAt,
      updatedAt: exampleClaims.updatedAt,
    })
    .from(exampleClaims)
    .innerJoin(examples, eq(examples.id, exampleClaims.exampleId))
    .where(eq(exampleClaims.status, status));
  const items: QueueItem[] = await newExamples
    .unionAll(reports)
    .unionAll(claims)
    .orderBy(
      ...(status === "pending"
        ? [sql`created_at ASC`, sql`reference ASC`]
        : [sql`updated_at DESC`, sql`reference DESC`]),
    )
    .limit(queuePageSize)
    .offset((page - 1) * queuePageSize);
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
export async function getExampleForReview(
  reference: string,
): Promise<ExampleForReview | null> {
  const [example] = await db()
    .select()
    .from(examples)
    .where(eq(examples.reference, reference.toUpperCase()));
  if (!example) return null;
  const exampleThemesList = await db()
    .select({ slug: themes.slug, name: themes.name })
    .from(exampleThemes)
    .innerJoin(themes, eq(themes.id, exampleThemes.themeId))
    .where(eq(exampleThemes.exampleId, example.id))
    .orderBy(asc(themes.name));
  const history = await listHistory({ exampleId: example.id });
  return { ...example, themes: exampleThemesList, history };
}

/** What happened to an example (not its reports), or to one report, newest first, with who did it. */
export async function listHistory(
  of: { exampleId: number } | { reportId: number },
): Promise<ReviewEvent[]> {
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
    .orderBy(desc(moderationEvents.createdAt), desc(moderationEvents.id));
}

export type ModerationResult =
  | { ok: true; changed: boolean; slug: string; version: number }
  | { ok: false; problem: "missing" }
  /** A claim to an example that has a contact by now (another claim won), or is withdrawn. */
  | { ok: false; problem: "has-contact" }
  | {
      ok: false;
      problem: "conflict" | "status";
      status: ExampleStatus;
      decidedBy: string | null;
    };

/** Who made the latest decision or edit, so a moderator who lost a race knows who won. */
export async function lastActor(
  tx: Transaction,
  exampleId: number,
  reportId?: number,
): Promise<string | null> {
  const [latest] = await tx
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
    .limit(1);
  return latest?.name ?? null;
}

/**
 * Runs one moderator action in a write transaction, so the check of what the moderator saw (the
 * example's version) and the write cannot be split by another moderator's action.
 */
function moderate(
  { id }: { id: number },
  act: (tx: Transaction, example: Example) => Promise<ModerationResult>,
): Promise<ModerationResult> {
  return transaction(async (tx) => {
    const [example] = await tx
      .select()
      .from(examples)
      .where(eq(examples.id, id));
    if (!example) return { ok: false, problem: "missing" };
    return act(tx, example);
  });
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
export async function checkDecision(
  row: { status: ExampleStatus; version: number },
  decision: Decision,
  seen: {
    version?: number;
    slug: string;
    decidedBy: () => Promise<string | null>;
  },
): Promise<ModerationResult | null> {
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
    ? {
        ok: false,
        problem,
        status: row.status,
        decidedBy: await seen.decidedBy(),
      }
    : null;
}

/** The status a decision leads to, and how the history records it. */
export const decisionOutcome = (decision: Decision) => decisions[decision];

async function refuse(
  tx: Transaction,
  example: Example,
  problem: "conflict" | "status",
): Promise<ModerationResult> {
  return {
    ok: false,
    problem,
    status: example.status,
    decidedBy: await lastActor(tx, example.id),
  };
}

/** Approve, reject or withdraw an example, with what else changes and the history row. */
function decideExample(
  decision: Decision,
  input: { id: number; moderatorId: number; version?: number; reason?: string },
  changes: (
    tx: Transaction,
    example: Example,
  ) => Promise<Partial<NewExample>> = async () => ({}),
): Promise<ModerationResult> {
  return moderate(input, async (tx, example) => {
    const refused = await checkDecision(example, decision, {
      version: input.version,
      slug: example.slug,
      decidedBy: () => lastActor(tx, example.id),
    });
    if (refused) return refused;
    const { to, action } = decisions[decision];
    const result = await changeStatus(tx, example, {
      ...(await changes(tx, example)),
      status: to,
    });
    await record(tx, {
      exampleId: example.id,
      moderatorId: input.moderatorId,
      action,
      reason: input.reason,
    });
    if (decision === "approve") {
      await tellExampleSender(
        tx,
        { ...example, slug: result.slug },
        { event: "published" },
      );
      // The alerts themselves are written by a sender, so the approve stays quick.
      await queueAlertsFor(tx, example.id);
    }
    if (decision === "reject")
      await tellExampleSender(tx, example, {
        event: "not-published",
        reason: input.reason ?? "",
      });
    return { ok: true, changed: true, ...result };
  });
}

async function changeStatus(
  tx: Transaction,
  example: Example,
  values: Partial<NewExample>,
): Promise<{ slug: string; version: number }> {
  const version = example.version + 1;
  await tx
    .update(examples)
    .set({ ...values, version, updatedAt: new Date() })
    .where(eq(examples.id, example.id));
  return { slug: values.slug ?? example.slug, version };
}

/** Publishes a pending example now, under a slug of its own. Approving it again changes nothing. */
export function approveSubmission(input: {
  id: number;
  moderatorId: number;
  version?: number;
}): Promise<ModerationResult> {
  return decideExample("approve", input, async (tx, example) => {
    const publishedAt = new Date();
    return {
      slug: await uniqueSlug(tx, example.title, example.id),
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
}): Promise<ModerationResult> {
  return decideExample("reject", input);
}

/** Takes a published example down; its address then answers 410 Gone. Withdrawing it again changes nothing. */
export function withdrawExample(input: {
  id: number;
  moderatorId: number;
  reason: string;
  version?: number;
}): Promise<ModerationResult> {
  return decideExample("withdraw", input);
}

/**
 * A moderator has checked an example due for review and it is still current: confirmed today,
 * due again in two years, out of the "due for review" list. Only for a published example.
 */
export function confirmStillCurrent(input: {
  id: number;
  moderatorId: number;
}): Promise<boolean> {
  return transaction(async (tx) => {
    const now = new Date();
    const changed = await tx
      .update(examples)
      .set({
        confirmedAt: now,
        reviewDueAt: reviewDueFrom(now),
        dueForReviewAt: null,
        reviewTokenHash: null,
        reviewAskedAt: null,
      })
      .where(and(eq(examples.id, input.id), eq(examples.status, "published")))
      .returning({ id: examples.id });
    return changed.length > 0;
  });
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
  /** Its measures over time as the moderator left them; unchanged when not given. */
  measures?: MeasureValues[];
}): Promise<ModerationResult> {
  return moderate(input, async (tx, example) => {
    if (input.version !== example.version)
      return refuse(tx, example, "conflict");
    const changes = fieldChanges(example, input.fields, editableColumns);
    const { themes: themeSlugs, ...answers } = input.fields;
    const oldThemes = await themeSlugsOf(tx, example.id);
    const newThemes = [...new Set(themeSlugs)].sort();
    if (oldThemes.join() !== newThemes.join())
      changes.themes = { from: oldThemes, to: newThemes };
    const measuresChange =
      input.measures &&
      (await replaceMeasures(tx, { exampleId: example.id }, input.measures));
    if (measuresChange) changes.measures = measuresChange;
    if (Object.keys(changes).length === 0)
      return {
        ok: true,
        changed: false,
        slug: example.slug,
        version: example.version,
      };

    const result = await changeStatus(tx, example, {
      ...answers,
      slug: await moveSlugForTitle(tx, example, input.fields.title),
    });
    if (changes.themes) await setThemes(tx, example.id, newThemes);
    await record(tx, {
      exampleId: example.id,
      moderatorId: input.moderatorId,
      action: "edited",
      changes,
    });
    return { ok: true, changed: true, ...result };
  });
}
