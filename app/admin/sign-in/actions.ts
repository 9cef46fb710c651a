"use server";

import { headers } from "next/headers";
import type { ReplyTo } from "@/app/forms/form-reply";
import { answer, readForm } from "@/app/forms/read-form";
import { logger } from "@/app/logger";
import { clientAddress, spend } from "@/app/rate-limits";
import { checkPassword } from "@/db/accounts";
import { continueAfterPassword, safeReturnPath } from "../session";
import { minutesUntil, signInSchema, tooManyTries } from "./schema";

type SignInReply = ReplyTo<typeof signInSchema>;

/** Signs a moderator in. Every failure reads the same, so it does not tell which part was wrong. */
export async function signIn(
  _previous: SignInReply | undefined,
  form: FormData,
): Promise<SignInReply> {
  const submission = readForm(form, signInSchema);
  const refuse = (message: string) =>
    answer(submission, signInSchema, { field: "email", message });
  if (submission.status !== "success") return answer(submission, signInSchema);
  const wait = await spend("sign-in", clientAddress(await headers()));
  if (wait !== null) {
    logger.warn({ event: "sign_in.rate_limited" }, "Too many sign-in attempts");
    return refuse(tooManyTries(wait));
  }
  const { email, password } = submission.value;
  const checked = await checkPassword(email, password);
  if (checked.kind === "locked") {
    const minutes = minutesUntil(checked.until);
    logger.warn({ event: "sign_in.account_locked" }, "Account locked");
    return refuse(tooManyTries(minutes));
  }
  if (checked.kind === "refused") {
    logger.info({ event: "sign_in.failed" }, "Sign-in failed");
    return refuse("Enter a correct email address and password");
  }
  logger.info(
    { event: "sign_in.password_accepted", moderatorId: checked.moderator.id },
    "Password accepted",
  );
  return continueAfterPassword(
    checked.moderator,
    safeReturnPath(form.get("returnTo")),
  );
}
