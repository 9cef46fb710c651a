import "server-only";
import { logger } from "@/app/logger";
import type { FormReply } from "@/app/forms/form-reply";
import { answer, onlyProblem, readForm } from "@/app/forms/read-form";
import { enrolSecondFactor } from "@/db/accounts";
import { qrCodeFor } from "./qr-code";
import { turnOnSchema } from "./schema";

export type TurnOnReply = FormReply & {
  /** The key and its QR code, kept across a failed attempt so the app's entry still works. */
  secret?: string;
  qrCode?: string;
  recoveryCodes?: string[];
};

/**
 * Turns two-step sign-in on for this person if the code matches the key the page gave; used from
 * Your account and, for an admin who must have it, while signing in. Not a server action itself:
 * each caller decides whose account it is.
 */
export async function enrolFromForm(
  moderator: { id: number; email: string },
  form: FormData,
): Promise<TurnOnReply> {
  const secret = String(form.get("secret") ?? "");
  const submission = readForm(form, turnOnSchema);
  const kept = /^[A-Z2-7]{32}$/.test(secret)
    ? { secret, qrCode: await qrCodeFor(secret, moderator.email) }
    : {};
  const error = (message: string) =>
    answer(submission, turnOnSchema, { field: "code", message });
  if (submission.status !== "success")
    return { ...kept, ...error(onlyProblem(submission)!) };
  const enrolled = await enrolSecondFactor({
    moderatorId: moderator.id,
    ...submission.value,
  });
  if (enrolled.kind === "already-on")
    return error(
      "Two-step sign-in is already on for your account. To use a new phone, turn it off on Your account first",
    );
  if (enrolled.kind === "wrong-code")
    return {
      ...kept,
      ...error(
        "That code does not match. Check the app shows this catalogue, then enter the code it shows now",
      ),
    };
  logger.info(
    { event: "account.factor_added", moderatorId: moderator.id },
    "Two-step on",
  );
  return { ...submission.reply(), recoveryCodes: enrolled.recoveryCodes };
}
