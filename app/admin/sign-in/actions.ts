"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { logger } from "@/app/logger";
import { clientAddress, spend } from "@/app/rate-limits";
import type { FieldError } from "@/components/error-summary";
import { checkPassword } from "@/db/accounts";
import { continueAfterPassword, safeReturnPath } from "../session";
import { minutesUntil, signInSchema, tooManyTries } from "./schema";

export type SignInState = { errors: FieldError[]; email: string };

/** Signs a moderator in. Every failure reads the same, so it does not tell which part was wrong. */
export async function signIn(
  _previous: SignInState,
  form: FormData,
): Promise<SignInState> {
  const raw = { email: form.get("email"), password: form.get("password") };
  const email = typeof raw.email === "string" ? raw.email.slice(0, 254) : "";
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    return {
      email,
      errors: (["email", "password"] as const).flatMap((field) => {
        const message = fieldErrors[field]?.[0];
        return message ? [{ field, message }] : [];
      }),
    };
  }
  const wait = await spend("sign-in", clientAddress(await headers()));
  if (wait !== null) {
    logger.warn({ event: "sign_in.rate_limited" }, "Too many sign-in attempts");
    return {
      email,
      errors: [
        {
          field: "email",
          message: tooManyTries(wait),
        },
      ],
    };
  }
  const checked = await checkPassword(parsed.data.email, parsed.data.password);
  if (checked.kind === "locked") {
    const minutes = minutesUntil(checked.until);
    logger.warn({ event: "sign_in.account_locked" }, "Account locked");
    return {
      email,
      errors: [{ field: "email", message: tooManyTries(minutes) }],
    };
  }
  if (checked.kind === "refused") {
    logger.info({ event: "sign_in.failed" }, "Sign-in failed");
    return {
      email,
      errors: [
        {
          field: "email",
          message: "Enter a correct email address and password",
        },
      ],
    };
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
