import "server-only";
import type { z } from "zod";
import {
  adoptionReportFieldsSchema,
  reportFieldOrder,
} from "@/app/examples/[slug]/tried/schema";
import { fieldOrder, type FormValues } from "@/app/forms/fields";
import { moderatorEditSchema } from "@/app/submit/schema";
import { listThemeSlugs } from "@/db/catalogue";
import {
  approveSubmission,
  decideReport,
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

/**
 * What differs between reviewing an example and reviewing a "we tried this too" report; the
 * review flow itself (moderate.ts) is written once over these.
 */
export type ReviewKind<Fields> = {
  noun: "example" | "report";
  /** Where its review pages are: /admin/<path>/<reference>. */
  path: "examples" | "reports";
  referenceForm: RegExp;
  /** The log events' prefix. */
  event: string;
  find(reference: string): Promise<{ id: number; reference: string } | null>;
  /** The edit form's schema, and its questions' order for the error summary. */
  editSchema(): Promise<z.ZodType<Fields>>;
  fieldOrder: readonly string[];
  /** Unticked boxes send nothing: record them as cleared, so the form shows them cleared. */
  untickedBoxes: string[];
  update(target: Target & { fields: Fields }): Promise<ModerationResult>;
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
    editSchema: async () => moderatorEditSchema(await listThemeSlugs()),
    fieldOrder,
    untickedBoxes: [
      "themes",
      "contactForwarding",
      "contactConsent",
      "evidenceChecked",
    ],
    update: updateExample,
    decide: (intent, { reason = "", ...target }) =>
      intent === "approve"
        ? approveSubmission(target)
        : (intent === "reject" ? rejectSubmission : withdrawExample)({
            ...target,
            reason,
          }),
  } satisfies ReviewKind<EditableFields>,
  reports: {
    noun: "report",
    path: "reports",
    referenceForm: /^TR-\d+$/,
    event: "moderation.report",
    find: getReportForReview,
    editSchema: async () => adoptionReportFieldsSchema,
    fieldOrder: reportFieldOrder,
    untickedBoxes: ["contactForwarding", "contactConsent"],
    update: updateReport,
    decide: (intent, target) => decideReport(intent, target),
  } satisfies ReviewKind<AdoptionReportFields>,
};

export type ReviewKindName = keyof typeof reviewKinds;

/** An unticked box as the edit form reads it: cleared. */
export function clearUntickedBoxes(values: FormValues, boxes: string[]) {
  for (const box of boxes) values[box] ??= box === "themes" ? [] : "";
}
