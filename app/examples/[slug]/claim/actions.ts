"use server";

import type { ReplyTo } from "@/app/forms/form-reply";
import { receivePublicForm } from "@/app/forms/public-form";
import type { Problem } from "@/app/forms/read-form";
import { findExampleRoute } from "@/db/catalogue";
import {
  canBeClaimed,
  createClaim,
  findClaimBySubmissionKey,
} from "@/db/moderation";
import { claimSchema } from "./schema";

type ClaimReply = ReplyTo<typeof claimSchema>;

const cannotClaim: Problem = {
  message:
    "This example can no longer be claimed: it has a contact already, or it is no longer published. Your answers have not been saved.",
};

/**
 * Stores a team's claim to an example as pending, for a moderator. The protections of every
 * public form (receivePublicForm): the hidden field, the rate limit shared with submissions, the
 * one-off key.
 */
export async function submitClaim(
  _previous: ClaimReply | undefined,
  form: FormData,
): Promise<ClaimReply> {
  const route = await findExampleRoute(String(form.get("slug") ?? ""));
  const example =
    route.kind === "published" && canBeClaimed(route.example)
      ? route.example
      : null;
  const { reply } = await receivePublicForm(form, {
    event: "claim",
    schema: claimSchema,
    confirmation: `/examples/${example?.slug}/claim/sent`,
    check: async () => (example ? null : cannotClaim),
    findStored: findClaimBySubmissionKey,
    async store(claim) {
      const created = await createClaim(example!.id, claim);
      return created.ok
        ? {
            reference: created.reference,
            logged: { example: example!.reference },
          }
        : { refused: cannotClaim };
    },
  });
  return reply;
}
