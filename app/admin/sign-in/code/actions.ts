"use server";

import { redirect } from "next/navigation";
import { logger } from "@/app/logger";
import type { FormReply } from "@/app/forms/form-reply";
import { answer, onlyProblem, readForm } from "@/app/forms/read-form";
import { checkSecondStep } from "@/db/accounts";
import { finishSigningIn, pendingSecondStep } from "../../session";
import { minutesUntil, securityCodeSchema, tooManyTries } from "../schema";

/** Signs in whoever gave the right password a moment ago, once they give a current code. */
export async function enterSecurityCode(
  _previous: FormReply | undefined,
  form: FormData,
): Promise<FormReply> {
  const moderatorId = await pendingSecondStep("code");
  if (!moderatorId) redirect("/admin/sign-in");
  const submission = readForm(form, securityCodeSchema);
  const error = (message: string) =>
    answer(submission, securityCodeSchema, { field: "code", message });
  if (submission.status !== "success")
    return error(onlyProblem(submission) ?? "Enter the security code");
  const checked = await checkSecondStep(moderatorId, submission.value.code);
  if (checked.kind === "locked") {
    logger.warn({ event: "sign_in.account_locked" }, "Account locked");
    return error(tooManyTries(minutesUntil(checked.until)));
  }
  if (checked.kind === "reused") {
    logger.info({ event: "sign_in.code_reused" }, "Security code used twice");
    return error(
      "That code has already been used. Wait for your app to show a new one, then enter it",
    );
  }
  if (checked.kind === "refused") {
    logger.info({ event: "sign_in.code_failed" }, "Security code refused");
    return error("Enter a correct security code");
  }
  return finishSigningIn("code", moderatorId, form.get("returnTo"));
}
