"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { logger } from "@/app/logger";
import { clientAddress, spend } from "@/app/rate-limits";
import {
  fieldErrorsInOrder,
  formValues,
  honeypotField,
  withOutcomeErrors,
  type FormValues,
} from "@/app/submit/schema";
import type { FieldError } from "@/components/error-summary";
import {
  createAdoptionReport,
  findReportBySubmissionKey,
} from "@/db/moderation";
import { findExampleRoute } from "@/db/catalogue";
import { outcomeRowsChanged, readOutcomes } from "@/app/submit/outcomes";
import { adoptionReportSchema, reportFieldOrder } from "./schema";

export type TriedState = { errors: FieldError[]; values: FormValues };

const exampleGone: FieldError = {
  field: "intent",
  message:
    "This example is no longer published, so reports about it cannot be sent. Your answers have not been saved.",
};

/**
 * Stores a "we tried this too" report as pending, under its example. The same protections as the
 * submission form: the hidden field, one rate limit shared with submissions, the one-off key.
 */
export async function submitAdoptionReport(
  _previous: TriedState,
  form: FormData,
): Promise<TriedState> {
  const values = formValues(form);
  const changedRows = outcomeRowsChanged(values);
  if (changedRows) return { errors: [], values: changedRows };
  const route = await findExampleRoute(String(values.slug ?? ""));
  if (route.kind !== "published") return { errors: [exampleGone], values };
  const { example } = route;
  const client = clientAddress(await headers());

  if (values[honeypotField]) {
    logger.info(
      { event: "report.honeypot" },
      "Hidden field filled in: nothing stored",
    );
    await spend("submission", client);
    redirect(`/examples/${example.slug}/tried/confirmation`);
  }

  const parsed = adoptionReportSchema.safeParse(values);
  const measured = readOutcomes(values);
  if (!parsed.success || measured.errors.length > 0)
    return {
      errors: withOutcomeErrors(
        parsed.success
          ? []
          : fieldErrorsInOrder(parsed.error, undefined, reportFieldOrder),
        measured.errors,
        reportFieldOrder,
      ),
      values,
    };

  const { confirmation: _confirmed, ...report } = parsed.data;
  let reference = await findReportBySubmissionKey(report.submissionKey);
  if (!reference) {
    if ((await spend("submission", client)) !== null) {
      logger.info(
        { event: "report.rate_limited" },
        "Too many submissions: nothing stored",
      );
      redirect("/submit/too-many");
    }
    const created = await createAdoptionReport(
      example.id,
      report,
      measured.outcomes,
    );
    if (!created.ok) return { errors: [exampleGone], values };
    reference = created.reference;
    logger.info(
      { event: "report.stored", reference, example: example.reference },
      "Report stored as pending",
    );
  }
  redirect(
    `/examples/${example.slug}/tried/confirmation?reference=${reference}`,
  );
}
