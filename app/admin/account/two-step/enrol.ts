import "server-only";
import { logger } from "@/app/logger";
import type { FieldError } from "@/components/error-summary";
import { enrolSecondFactor } from "@/db/accounts";
import { qrCodeFor } from "./qr-code";
import { turnOnSchema } from "./schema";

export type TurnOnState = {
  errors: FieldError[];
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
): Promise<TurnOnState> {
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
  if (enrolled.kind === "already-on")
    return {
      errors: [
        {
          field: "code",
          message:
            "Two-step sign-in is already on for your account. To use a new phone, turn it off on Your account first",
        },
      ],
    };
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
