import "server-only";
import type { z } from "zod";
import { adoptionReportFieldsSchema } from "@/app/examples/[slug]/tried/schema";
import type { MeasureAnswer } from "@/app/forms/groups/results-over-time";
import { moderatorEditSchema } from "@/app/submit/schema";
import { listThemeSlugs } from "@/db/catalogue";
import {
  approveSubmission,
  decideClaim,
  decideReport,
  getClaimForReview,
  getExampleForReview,
  getReportForReview,
  rejectSubmission,
  updateExample,
  updateReport,
  withdrawExample,
  type EditableFields,
  type AdoptionReportFields,
  type ModerationResult,
} from "@/db/moderation";

type Target = { id: number; moderatorId: number; version: number };

/** An edit form's measures over time, which are stored beside its fields. */
type WithMeasures = { measure: MeasureAnswer[] };

/**
 * What differs between reviewing an example, a "we tried this too" report and a claim; the review
 * flow itself (moderate.ts) is written once over these.
 */
export type ReviewKind<Fields> = {
  noun: "example" | "report" | "claim";
  /** Where its review pages are: /admin/<path>/<reference>. */
  path: "examples" | "reports" | "claims";
  referenceForm: RegExp;
  /** The log events' prefix. */
  event: string;
  find(reference: string): Promise<{ id: number; reference: string } | null>;
  /** How a moderator edits it; a claim is only approved or rejected. */
  edit?: {
    /** The edit form's schema, its questions in the form's order. */
    schema(): Promise<z.ZodType<Fields>>;
    update(target: Target & { fields: Fields }): Promise<ModerationResult>;
  };
  decide(
    intent: "approve" | "reject" | "withdraw",
    target: Target & { reason?: string },
  ): Promise<ModerationResult>;
};

export const reviewKinds = {
  examples: {
    noun: "example",
    path: "examples",
    referenceForm: /^IX-\d+$/,
    event: "moderation",
    find: getExampleForReview,
    edit: {
      schema: async () => moderatorEditSchema(await listThemeSlugs()),
      update: ({ fields: { measure, ...fields }, ...target }) =>
        updateExample({ ...target, fields, measures: measure }),
    },
    decide: (intent, { reason = "", ...target }) =>
      intent === "approve"
        ? approveSubmission(target)
        : (intent === "reject" ? rejectSubmission : withdrawExample)({
            ...target,
            reason,
          }),
  } satisfies ReviewKind<EditableFields & WithMeasures>,
  reports: {
    noun: "report",
    path: "reports",
    referenceForm: /^TR-\d+$/,
    event: "moderation.report",
    find: getReportForReview,
    edit: {
      schema: async () => adoptionReportFieldsSchema,
      update: ({ fields: { measure, ...fields }, ...target }) =>
        updateReport({ ...target, fields, measures: measure }),
    },
    decide: (intent, target) => decideReport(intent, target),
  } satisfies ReviewKind<AdoptionReportFields & WithMeasures>,
  claims: {
    noun: "claim",
    path: "claims",
    referenceForm: /^CL-\d+$/,
    event: "moderation.claim",
    find: getClaimForReview,
    // A claim is approved or rejected; there is nothing published to withdraw.
    decide: async (intent, target) =>
      intent === "withdraw"
        ? { ok: false, problem: "status", status: "pending", decidedBy: null }
        : decideClaim(intent, target),
  } satisfies ReviewKind<never>,
};

export type ReviewKindName = keyof typeof reviewKinds;
