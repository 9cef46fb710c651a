"use server";

import type { FormValues } from "@/app/forms/fields";
import { receivePublicForm } from "@/app/forms/public-form";
import type { FieldError } from "@/components/error-summary";
import {
  createAdoptionReport,
  findReportBySubmissionKey,
} from "@/db/moderation";
import { findExampleRoute } from "@/db/catalogue";
import { adoptionReportSchema, reportFieldOrder } from "./schema";

export type TriedState = { errors: FieldError[]; values: FormValues };

const exampleGone: FieldError = {
  field: "intent",
  message:
    "This example is no longer published, so reports about it cannot be sent. Your answers have not been saved.",
};

/**
 * Stores a "we tried this too" report as pending, under its example. The same protections as the
 * submission form (receivePublicForm): the hidden field, one rate limit shared with submissions,
 * the one-off key.
 */
export async function submitAdoptionReport(
  _previous: TriedState,
  form: FormData,
): Promise<TriedState> {
  const route = await findExampleRoute(String(form.get("slug") ?? ""));
  const example = route.kind === "published" ? route.example : null;
  const { errors, values } = await receivePublicForm(form, {
    event: "report",
    schema: adoptionReportSchema,
    fieldOrder: reportFieldOrder,
    confirmation: `/examples/${example?.slug}/tried/confirmation`,
    check: async () => (example ? null : exampleGone),
    findStored: findReportBySubmissionKey,
    async store(report, outcomes) {
      const created = await createAdoptionReport(example!.id, report, outcomes);
      return created.ok
        ? {
            reference: created.reference,
            logged: { example: example!.reference },
          }
        : { refused: exampleGone };
    },
  });
  return { errors, values };
}
