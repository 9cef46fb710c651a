"use server";

import type { FormValues } from "@/app/forms/fields";
import { receivePublicForm } from "@/app/forms/public-form";
import type { FieldError } from "@/components/error-summary";
import { findExampleRoute } from "@/db/catalogue";
import {
  canBeClaimed,
  createClaim,
  findClaimBySubmissionKey,
} from "@/db/moderation";
import { claimFieldOrder, claimSchema } from "./schema";

export type ClaimState = { errors: FieldError[]; values: FormValues };

const cannotClaim: FieldError = {
  field: "intent",
  message:
    "This example can no longer be claimed: it has a contact already, or it is no longer published. Your answers have not been saved.",
};

/**
 * Stores a team's claim to an example as pending, for a moderator. The protections of every
 * public form (receivePublicForm): the hidden field, the rate limit shared with submissions, the
 * one-off key.
 */
export async function submitClaim(
  _previous: ClaimState,
  form: FormData,
): Promise<ClaimState> {
  const route = await findExampleRoute(String(form.get("slug") ?? ""));
  const example =
    route.kind === "published" && canBeClaimed(route.example)
      ? route.example
      : null;
  const { errors, values } = await receivePublicForm(form, {
    event: "claim",
    schema: claimSchema,
    fieldOrder: claimFieldOrder,
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
  return { errors, values };
}
