"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { logger } from "@/app/logger";
import { clientAddress, spend } from "@/app/rate-limits";
import type { FieldError } from "@/components/error-summary";
import {
  createSubmission,
  findReferenceBySubmissionKey,
} from "@/db/moderation";
import { findSimilarExamples, type SimilarExample } from "@/db/search";
import { listThemeSlugs } from "@/db/catalogue";
import {
  fieldErrorsInOrder,
  fieldLimits,
  formValues,
  honeypotField,
  submissionSchema,
  withOutcomeErrors,
  type FormValues,
} from "./schema";
import { outcomeRowsChanged, readOutcomes } from "./outcomes";

export type SubmitState = {
  errors: FieldError[];
  values: FormValues;
  /** Published examples like the one being submitted, to offer "we tried this too" instead. */
  similar: SimilarExample[];
};

const text = (value: FormValues[string] | undefined) =>
  typeof value === "string" ? value : "";

/**
 * Stores a submission as pending; nothing is public until a moderator approves it. A bot that
 * fills the hidden field is shown the confirmation and nothing is stored.
 */
export async function submitExample(
  _previous: SubmitState,
  form: FormData,
): Promise<SubmitState> {
  const values = formValues(form);
  const changedRows = outcomeRowsChanged(values);
  if (changedRows) return { errors: [], values: changedRows, similar: [] };
  const client = clientAddress(await headers());

  if (values[honeypotField]) {
    logger.info(
      { event: "submission.honeypot" },
      "Hidden field filled in: nothing stored",
    );
    await spend("submission", client);
    redirect("/submit/confirmation");
  }

  const parsed = submissionSchema(await listThemeSlugs()).safeParse(values);
  const measured = readOutcomes(values);
  if (!parsed.success || measured.errors.length > 0)
    return {
      errors: withOutcomeErrors(
        parsed.success ? [] : fieldErrorsInOrder(parsed.error),
        measured.errors,
      ),
      values,
      similar: await findSimilarExamples({
        title: text(values.title).slice(0, fieldLimits.title),
        summary: text(values.summary).slice(0, fieldLimits.summary),
      }),
    };

  const { confirmation: _confirmed, ...submission } = parsed.data;
  let reference = await findReferenceBySubmissionKey(submission.submissionKey);
  if (!reference) {
    // Only a submission that would be stored counts towards the limit, not one with mistakes.
    if ((await spend("submission", client)) !== null) {
      logger.info(
        { event: "submission.rate_limited" },
        "Too many submissions: nothing stored",
      );
      redirect("/submit/too-many");
    }
    reference = (await createSubmission(submission, measured.outcomes))
      .reference;
    logger.info(
      { event: "submission.stored", reference },
      "Submission stored as pending",
    );
  }
  redirect(`/submit/confirmation?reference=${reference}`);
}
