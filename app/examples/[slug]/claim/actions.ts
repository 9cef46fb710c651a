"use server";

import type { ReplyTo } from "@/app/forms/form-reply";
import { receiveExampleForm } from "@/app/forms/public-form";
import {
  canBeClaimed,
  createClaim,
  findClaimBySubmissionKey,
} from "@/db/moderation";
import { claimSchema } from "./schema";

/**
 * Stores a team's claim to an example as pending, for a moderator. The protections of every
 * public form (receivePublicForm): the hidden field, the rate limit shared with submissions, the
 * one-off key.
 */
export async function submitClaim(
  _previous: ReplyTo<typeof claimSchema> | undefined,
  form: FormData,
) {
  return receiveExampleForm(form, {
    event: "claim",
    schema: claimSchema,
    takes: canBeClaimed,
    refusal: {
      message:
        "This example can no longer be claimed: it has a contact already, or it is no longer published. Your answers have not been saved.",
    },
    confirmation: "claim/sent",
    findStored: findClaimBySubmissionKey,
    create: createClaim,
  });
}
