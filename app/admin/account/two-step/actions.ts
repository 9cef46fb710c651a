"use server";

import { redirect } from "next/navigation";
import { logger } from "@/app/logger";
import type { FieldError } from "@/components/error-summary";
import { enrolSecondFactor, removeSecondFactor } from "@/db/accounts";
import { qrCodeFor } from "./qr-code";
import { requireModerator } from "../../session";
import { turnOffSchema, turnOnSchema } from "./schema";

export type TurnOnState = {
  errors: FieldError[];
  /** The key and its QR code, kept across a failed attempt so the app's entry still works. */
  secret?: string;
  qrCode?: string;
  recoveryCodes?: string[];
};

export async function turnOnTwoStep(
  _previous: TurnOnState,
  form: FormData,
): Promise<TurnOnState> {
  const moderator = await requireModerator("/admin/account/two-step");
  const secret = String(form.get("secret") ?? "");
  const parsed = turnOnSchema.safeParse({ secret, code: form.get("code") });
  const kept = /^[A-Z2-7]{32}$/.test(secret)
    ? { secret, qrCode: await qrCodeFor(secret, moderator.email) }
    : {};
  if (!parsed.success)
    return {
      ...kept,
      errors: [{ field: "code", message: parsed.error.issues[0]!.message }],
    };
  const enrolled = await enrolSecondFactor({
    moderatorId: moderator.id,
    ...parsed.data,
  });
  if (enrolled.kind === "wrong-code")
    return {
      ...kept,
      errors: [
        {
          field: "code",
          message:
            "That code does not match. Check the app shows this catalogue, then enter the code it shows now",
        },
      ],
    };
  logger.info(
    { event: "account.factor_added", moderatorId: moderator.id },
    "Two-step on",
  );
  return { errors: [], recoveryCodes: enrolled.recoveryCodes };
}

export type TurnOffState = { errors: FieldError[] };

export async function turnOffTwoStep(
  _previous: TurnOffState,
  form: FormData,
): Promise<TurnOffState> {
  const moderator = await requireModerator("/admin/account");
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
