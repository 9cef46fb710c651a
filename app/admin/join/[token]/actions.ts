"use server";

import type { ReplyTo } from "@/app/forms/form-reply";
import { answer, readForm } from "@/app/forms/read-form";
import { logger } from "@/app/logger";
import { acceptInvitation } from "@/db/accounts";
import { continueAfterPassword } from "../../session";
import { joinSchema } from "./schema";

export type JoinReply = ReplyTo<typeof joinSchema> & { expired?: boolean };

/**
 * Makes the invited person's account and signs them in (an admin sets up two-step sign-in
 * first), then opens the moderation queue.
 */
export async function join(
  _previous: JoinReply | undefined,
  form: FormData,
): Promise<JoinReply> {
  const token = form.get("token");
  if (typeof token !== "string" || token.length > 100) return { expired: true };
  const submission = readForm(form, joinSchema);
  if (submission.status !== "success") return answer(submission, joinSchema);
  const person = await acceptInvitation({
    token,
    name: submission.value.name,
    password: submission.value.password,
  });
  if (!person) return { expired: true };
  logger.info(
    { event: "account.joined", moderatorId: person.id, role: person.role },
    "Invitation accepted",
  );
  return continueAfterPassword(person, "/admin");
}
