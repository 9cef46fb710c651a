"use server";

import type { ReplyTo } from "@/app/forms/form-reply";
import { receiveExampleForm } from "@/app/forms/public-form";
import {
  createAdoptionReport,
  findReportBySubmissionKey,
} from "@/db/moderation";
import { adoptionReportSchema } from "./schema";

/**
 * Stores a "we tried this too" report as pending, under its example. The same protections as the
 * submission form (receivePublicForm): the hidden field, one rate limit shared with submissions,
 * the one-off key.
 */
export async function submitAdoptionReport(
  _previous: ReplyTo<typeof adoptionReportSchema> | undefined,
  form: FormData,
) {
  return receiveExampleForm(form, {
    event: "report",
    schema: adoptionReportSchema,
    refusal: {
      message:
        "This example is no longer published, so reports about it cannot be sent. Your answers have not been saved.",
    },
    confirmation: "tried/confirmation",
    findStored: findReportBySubmissionKey,
    create: (exampleId, { outcome, measure, ...report }) =>
      createAdoptionReport(exampleId, report, {
        outcomes: outcome,
        measures: measure,
      }),
  });
}
