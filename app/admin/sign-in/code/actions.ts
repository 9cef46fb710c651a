"use server";

import { redirect } from "next/navigation";
import { logger } from "@/app/logger";
import type { FieldError } from "@/components/error-summary";
import { checkSecondStep } from "@/db/accounts";
import {
  finishSecondStep,
  pendingSecondStep,
  safeReturnPath,
  startSession,
} from "../../session";
import { minutesUntil, securityCodeSchema, tooManyTries } from "../schema";

export type SecurityCodeState = { errors: FieldError[] };

const error = (message: string): SecurityCodeState => ({
  errors: [{ field: "code", message }],
});

/** Signs in whoever gave the right password a moment ago, once they give a current code. */
export async function enterSecurityCode(
  _previous: SecurityCodeState,
  form: FormData,
): Promise<SecurityCodeState> {
  const moderatorId = await pendingSecondStep("code");
  if (!moderatorId) redirect("/admin/sign-in");
  const parsed = securityCodeSchema.safeParse({ code: form.get("code") });
  if (!parsed.success)
    return error(parsed.error.issues[0]?.message ?? "Enter the security code");
  const checked = await checkSecondStep(moderatorId, parsed.data.code);
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
  // Used once: a second post of the same cookie, however quick, signs nobody in.
  if ((await finishSecondStep("code")) !== moderatorId)
    redirect("/admin/sign-in");
  await startSession(moderatorId);
  logger.info(
    { event: "sign_in.succeeded", moderatorId, secondStep: true },
    "Moderator signed in",
  );
  redirect(safeReturnPath(form.get("returnTo")));
}
