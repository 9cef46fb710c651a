"use server";

import { redirect } from "next/navigation";
import { logger } from "@/app/logger";
import type { FormReply } from "@/app/forms/form-reply";
import { answer, onlyProblem, readForm } from "@/app/forms/read-form";
import { removeSecondFactor } from "@/db/accounts";
import { mustUseTwoStep, requireModerator } from "../../session";
import { enrolFromForm, type TurnOnReply } from "./enrol";
import { turnOffSchema } from "./schema";

export async function turnOnTwoStep(
  _previous: TurnOnReply | undefined,
  form: FormData,
): Promise<TurnOnReply> {
  const moderator = await requireModerator("/admin/account/two-step");
  return enrolFromForm(moderator, form);
}

export async function turnOffTwoStep(
  _previous: FormReply | undefined,
  form: FormData,
): Promise<FormReply> {
  const moderator = await requireModerator("/admin/account");
  const submission = readForm(form, turnOffSchema);
  const error = (message: string) =>
    answer(submission, turnOffSchema, { field: "code", message });
  if (mustUseTwoStep(moderator))
    return error(
      "Admins must use two-step sign-in. Ask another admin to make you a moderator if you need to turn it off",
    );
  if (submission.status !== "success") return error(onlyProblem(submission)!);
  const removed = await removeSecondFactor({
    moderatorId: moderator.id,
    code: submission.value.code,
  });
  if (removed === "reused")
    return error("That code has already been used. Wait for a new one");
  if (removed !== "removed") return error("Enter a correct security code");
  logger.info(
    { event: "account.factor_removed", moderatorId: moderator.id },
    "Two-step off",
  );
  redirect("/admin/account?done=two-step-off");
}
