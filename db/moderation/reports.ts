import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db, transaction, type Transaction } from "@/db/core/client";
import {
  insertResults,
  listResultsOf,
  replaceMeasures,
  type MeasureValues,
  type Results,
  type ResultValues,
} from "@/db/catalogue/measures";
import {
  checkDecision,
  decisionOutcome,
  fieldChanges,
  lastActor,
  listHistory,
  nextReference,
  record,
  type Decision,
  type ModerationResult,
  type ReviewEvent,
} from "./examples";
import {
  adoptionReports,
  examples,
  type AdoptionReport,
  type NewAdoptionReport,
} from "@/db/core/schema";
import { tellModeratorsOfNewItem } from "@/db/mail";
import { tellReportSender } from "./updates";

/** What a team says of trying an example: where, what they changed, what happened. */
const storyColumns = [
  "organisation",
  "careSetting",
  "region",
  "changes",
  "results",
  "state",
  "stoppedReason",
] as const satisfies readonly (keyof NewAdoptionReport)[];

/** What a report says it cost. */
const costColumns = [
  "oneOffCost",
  "runningCost",
  "runningCostPeriod",
  "staffHours",
  "staffHoursPeriod",
] as const satisfies readonly (keyof NewAdoptionReport)[];

/** The answers on the "we tried this too" form, which a moderator can edit: declared once. */
export const editableReportColumns = [
  ...storyColumns,
  "contactName",
  "contactEmail",
  "contactForwarding",
  "contactConsent",
  ...costColumns,
] as const satisfies readonly (keyof NewAdoptionReport)[];

export type AdoptionReportFields = Required<
  Pick<NewAdoptionReport, (typeof editableReportColumns)[number]>
>;

/** Formats a report's number as shown to people, for example 3 → TR-0003. */
export function formatReportReference(n: number): string {
  return `TR-${String(n).padStart(4, "0")}`;
}

export type CreatedReport =
  | { ok: true; reference: string; created: boolean }
  | { ok: false; problem: "example-gone" };

/**
 * Stores a report as pending, with a "submitted" history row, in one transaction. The same
 * submission key twice stores nothing new. Refused if the example is no longer published.
 */
export function createAdoptionReport(
  exampleId: number,
  fields: AdoptionReportFields & {
    submissionKey: string;
    /** The sender asked to be emailed when it is received and when a moderator decides. */
    emailUpdates?: boolean;
  },
  results: ResultValues = {},
): Promise<CreatedReport> {
  return transaction(async (tx): Promise<CreatedReport> => {
    const [existing] = await tx
      .select({ reference: adoptionReports.reference })
      .from(adoptionReports)
      .where(eq(adoptionReports.submissionKey, fields.submissionKey));
    if (existing)
      return { ok: true, reference: existing.reference, created: false };
    const [example] = await tx
      .select(exampleFacts)
      .from(examples)
      .where(eq(examples.id, exampleId));
    if (example?.status !== "published")
      return { ok: false, problem: "example-gone" };

    const { id, reference } = await nextReference(
      tx,
      adoptionReports,
      formatReportReference,
    );
    const now = new Date();
    await tx.insert(adoptionReports).values({
      ...fields,
      id,
      reference,
      exampleId,
      status: "pending",
      createdAt: now,
      updatedAt: now,
    });
    await insertResults(tx, { reportId: id }, results);
    await record(tx, {
      exampleId,
      reportId: id,
      moderatorId: null,
      action: "submitted",
    });
    await tellReportSender(tx, { ...fields, reference }, example, {
      event: "received",
    });
    await tellModeratorsOfNewItem(tx, {
      kind: "report",
      reference,
      title: example.title,
    });
    return { ok: true, reference, created: true };
  });
}

/** The reference of the report sent with this key, or null if none was stored. */
export async function findReportBySubmissionKey(
  submissionKey: string,
): Promise<string | null> {
  const [found] = await db()
    .select({ reference: adoptionReports.reference })
    .from(adoptionReports)
    .where(eq(adoptionReports.submissionKey, submissionKey));
  return found?.reference ?? null;
}

/** A published report as the public sees it: never contact details without consent. */
/** What the public reads of a report as it was sent, besides its contact and costs. */
export const publicReportColumns = [
  "reference",
  ...storyColumns,
] as const satisfies readonly (keyof AdoptionReport)[];

/** The named columns of a row, as a row of its own. */
export function pickColumns<Row, Column extends keyof Row>(
  row: Row,
  columns: readonly Column[],
): Pick<Row, Column> {
  return Object.fromEntries(
    columns.map((column) => [column, row[column]]),
  ) as Pick<Row, Column>;
}

export type PublicReport = Pick<
  AdoptionReport,
  | (typeof publicReportColumns)[number]
  | (typeof costColumns)[number]
  | "publishedAt"
> & {
  contactName: string | null;
  contactEmail: string | null;
  /** Whether staff can send the team a message through the site (their address unseen). */
  contactable: boolean;
} & Results;

/** An example's published reports, oldest first: the order in which teams tried it. */
export async function listPublishedReports(
  exampleId: number,
): Promise<PublicReport[]> {
  return (await listPublishedReportsOf([exampleId])).get(exampleId) ?? [];
}

/** The published reports of several examples at once (for feeds), by example id. */
export async function listPublishedReportsOf(
  exampleIds: number[],
): Promise<Map<number, PublicReport[]>> {
  const byExample = new Map<number, PublicReport[]>();
  if (exampleIds.length === 0) return byExample;
  const rows = await db()
    .select()
    .from(adoptionReports)
    .where(
      and(
        inArray(adoptionReports.exampleId, exampleIds),
        eq(adoptionReports.status, "published"),
      ),
    )
    .orderBy(asc(adoptionReports.publishedAt), asc(adoptionReports.id));
  const results = await listResultsOf(
    "reportId",
    rows.map((report) => report.id),
  );
  for (const report of rows) {
    const list = byExample.get(report.exampleId) ?? [];
    list.push(toPublicReport(report, results.get(report.id)!));
    byExample.set(report.exampleId, list);
  }
  return byExample;
}

/** A report as the public sees it: contact details only with consent. */
export function toPublicReport(
  report: AdoptionReport,
  results: Results,
): PublicReport {
  return {
    ...pickColumns(report, publicReportColumns),
    publishedAt: report.publishedAt,
    contactName: report.contactConsent ? report.contactName : null,
    contactEmail: report.contactConsent ? report.contactEmail : null,
    contactable: Boolean(report.contactEmail && report.contactForwarding),
    ...pickColumns(report, costColumns),
    ...results,
  };
}

export type ReportForReview = AdoptionReport &
  Results & {
    example: { reference: string; slug: string; title: string; status: string };
    history: ReviewEvent[];
  };

/** Any report by reference, whatever its status, with its example and history: for moderators. */
export async function getReportForReview(
  reference: string,
): Promise<ReportForReview | null> {
  const [report] = await db()
    .select()
    .from(adoptionReports)
    .where(eq(adoptionReports.reference, reference.toUpperCase()));
  if (!report) return null;
  const [example] = await db()
    .select({
      reference: examples.reference,
      slug: examples.slug,
      title: examples.title,
      status: examples.status,
    })
    .from(examples)
    .where(eq(examples.id, report.exampleId));
  const history = await listHistory({ reportId: report.id });
  const results = (await listResultsOf("reportId", [report.id])).get(
    report.id,
  )!;
  return { ...report, example: example!, history, ...results };
}

/** Whether a report with this reference exists, in any status. */
export async function reportExists(reference: string): Promise<boolean> {
  const found = await db()
    .select({ id: adoptionReports.id })
    .from(adoptionReports)
    .where(eq(adoptionReports.reference, reference.toUpperCase()));
  return found.length > 0;
}

async function changeReport(
  tx: Transaction,
  report: AdoptionReport,
  values: Partial<NewAdoptionReport>,
): Promise<number> {
  const version = report.version + 1;
  await tx
    .update(adoptionReports)
    .set({ ...values, version, updatedAt: new Date() })
    .where(eq(adoptionReports.id, report.id));
  return version;
}

/** What a report's emails and decisions need to know of its example. */
const exampleFacts = {
  slug: examples.slug,
  status: examples.status,
  reference: examples.reference,
  title: examples.title,
  contactName: examples.contactName,
  contactEmail: examples.contactEmail,
  emailUpdates: examples.emailUpdates,
};

/** A report and what its decision needs of its example, read inside a moderator's transaction. */
async function reportWithExample(tx: Transaction, id: number) {
  const [report] = await tx
    .select()
    .from(adoptionReports)
    .where(eq(adoptionReports.id, id));
  if (!report) return null;
  const [example] = await tx
    .select(exampleFacts)
    .from(examples)
    .where(eq(examples.id, report.exampleId));
  return { report, example: example! };
}

/**
 * Approve, reject or withdraw a report, under the same rules as an example: in one write
 * transaction, refused if another moderator changed it since it was opened. A report on an
 * example that is no longer published cannot be approved.
 */
export function decideReport(
  decision: Decision,
  input: { id: number; moderatorId: number; version?: number; reason?: string },
): Promise<ModerationResult> {
  return transaction(async (tx): Promise<ModerationResult> => {
    const found = await reportWithExample(tx, input.id);
    if (!found) return { ok: false, problem: "missing" };
    const { report, example } = found;
    const refused = await checkDecision(report, decision, {
      version: input.version,
      slug: example.slug,
      decidedBy: () => lastActor(tx, report.exampleId, report.id),
    });
    if (refused) return refused;
    if (decision === "approve" && example.status !== "published")
      return {
        ok: false,
        problem: "status",
        status: report.status,
        decidedBy: null,
      };
    const { to, action } = decisionOutcome(decision);
    const version = await changeReport(tx, report, {
      status: to,
      ...(decision === "approve" ? { publishedAt: new Date() } : {}),
    });
    await record(tx, {
      exampleId: report.exampleId,
      reportId: report.id,
      moderatorId: input.moderatorId,
      action,
      reason: input.reason,
    });
    if (decision === "approve")
      await tellReportSender(tx, report, example, { event: "published" });
    if (decision === "reject")
      await tellReportSender(tx, report, example, {
        event: "not-published",
        reason: input.reason ?? "",
      });
    return { ok: true, changed: true, slug: example.slug, version };
  });
}

/** Saves a moderator's edits to a report and records each changed field's old and new value. */
export function updateReport(input: {
  id: number;
  moderatorId: number;
  version: number;
  fields: AdoptionReportFields;
  /** Its measures over time as the moderator left them; unchanged when not given. */
  measures?: MeasureValues[];
}): Promise<ModerationResult> {
  return transaction(async (tx): Promise<ModerationResult> => {
    const found = await reportWithExample(tx, input.id);
    if (!found) return { ok: false, problem: "missing" };
    const {
      report,
      example: { slug },
    } = found;
    if (input.version !== report.version)
      return {
        ok: false,
        problem: "conflict",
        status: report.status,
        decidedBy: await lastActor(tx, report.exampleId, report.id),
      };
    const changes = fieldChanges(report, input.fields, editableReportColumns);
    const measuresChange =
      input.measures &&
      (await replaceMeasures(tx, { reportId: report.id }, input.measures));
    if (measuresChange) changes.measures = measuresChange;
    if (Object.keys(changes).length === 0)
      return { ok: true, changed: false, slug, version: report.version };
    const version = await changeReport(tx, report, input.fields);
    await record(tx, {
      exampleId: report.exampleId,
      reportId: report.id,
      moderatorId: input.moderatorId,
      action: "edited",
      changes,
    });
    return { ok: true, changed: true, slug, version };
  });
}
