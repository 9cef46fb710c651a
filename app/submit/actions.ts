"use server";

import {
  createSubmission,
  findReferenceBySubmissionKey,
} from "@/db/moderation";
import { findSimilarExamples, type SimilarExample } from "@/db/search";
import { listThemeSlugs } from "@/db/catalogue";
import { fieldLimits } from "@/app/forms/fields";
import type { ReplyTo } from "@/app/forms/form-reply";
import { receivePublicForm } from "@/app/forms/public-form";
import { submissionSchema } from "@/app/submit/schema";

export type SubmitReply = ReplyTo<ReturnType<typeof submissionSchema>> & {
  /** Published examples like the one being submitted, to offer "we tried this too" instead. */
  similar: SimilarExample[];
};

const text = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * Stores a submission as pending; nothing is public until a moderator approves it. A bot that
 * fills the hidden field is shown the confirmation and nothing is stored.
 */
export async function submitExample(
  _previous: SubmitReply | undefined,
  form: FormData,
): Promise<SubmitReply> {
  const { reply, because } = await receivePublicForm(form, {
    event: "submission",
    schema: async () => submissionSchema(await listThemeSlugs()),
    confirmation: "/submit/confirmation",
    findStored: findReferenceBySubmissionKey,
    store: ({ outcome, measure, ...submission }) =>
      createSubmission(submission, { outcomes: outcome, measures: measure }),
  });
  return {
    ...reply,
    similar:
      because === "invalid"
        ? await findSimilarExamples({
            title: text(form.get("title")).slice(0, fieldLimits.title),
            summary: text(form.get("summary")).slice(0, fieldLimits.summary),
          })
        : [],
  };
}
