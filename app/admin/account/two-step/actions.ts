"use server";

import { redirect } from "next/navigation";
import { logger } from "@/app/logger";
import type { FieldError } from "@/components/error-summary";
import { removeSecondFactor } from "@/db/accounts";
import { mustUseTwoStep, requireModerator } from "../../session";
import { enrolFromForm, type TurnOnState } from "./enrol";
import { turnOffSchema } from "./schema";

export async function turnOnTwoStep(
  _previous: TurnOnState,
  form: FormData,
): Promise<TurnOnState> {
  const moderator = await requireModerator("/admin/account/two-step");
  return enrolFromForm(moderator, form);
}

export type TurnOffState = { errors: FieldError[] };

export async function turnOffTwoStep(
  _previous: TurnOffState,
  form: FormData,
): Promise<TurnOffState> {
  const moderator = await requireModerator("/admin/account");
  if (mustUseTwoStep(moderator))
    return {
      errors: [
        {
          field: "code",
          message:
            "Admins must use two-step sign-in. Ask another admin to make you a moderator if you need to turn it off",
        },
      ],
    };
  const parsed = turnOffSchema.safeParse({ code: form.get("code") });
  if (!parsed.success)
    return {
      errors: [{ field: "code", message: parsed.error.issues[0]!.message }],
    };
  const answer = await removeSecondFactor({
    moderatorId: moderator.id,
    code: parsed.data.code,
  });
  if (answer === "reused")
    return {
      errors: [
        {
          field: "code",
          message: "That code has already been used. Wait for a new one",
        },
      ],
    };
  if (answer !== "removed")
    return {
      errors: [{ field: "code", message: "Enter a correct security code" }],
    };
  logger.info(
    { event: "account.factor_removed", moderatorId: moderator.id },
    "Two-step off",
  );
  redirect("/admin/account?done=two-step-off");
}
