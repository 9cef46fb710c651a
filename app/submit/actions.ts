"use server";

import type { FieldError } from "@/components/error-summary";
import {
  createSubmission,
  findReferenceBySubmissionKey,
} from "@/db/moderation";
import { findSimilarExamples, type SimilarExample } from "@/db/search";
import { listThemeSlugs } from "@/db/catalogue";
import { fieldLimits, fieldOrder, type FormValues } from "@/app/forms/fields";
import { receivePublicForm } from "@/app/forms/public-form";
import { submissionSchema } from "@/app/submit/schema";

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
  const { errors, values, because } = await receivePublicForm(form, {
    event: "submission",
    schema: async () => submissionSchema(await listThemeSlugs()),
    fieldOrder,
    confirmation: "/submit/confirmation",
    findStored: findReferenceBySubmissionKey,
    store: (submission, outcomes) => createSubmission(submission, outcomes),
  });
  return {
    errors,
    values,
    similar:
      because === "invalid"
        ? await findSimilarExamples({
            title: text(values.title).slice(0, fieldLimits.title),
            summary: text(values.summary).slice(0, fieldLimits.summary),
          })
        : [],
  };
}
