"use server";

import { z } from "zod";
import { logger } from "@/app/logger";
import type { FieldError } from "@/components/error-summary";
import { acceptInvitation } from "@/db/accounts";
import { continueAfterPassword } from "../../session";
import { joinSchema } from "./schema";

export type JoinState = {
  errors: FieldError[];
  name: string;
  expired?: boolean;
};

const fields = ["name", "password", "confirmPassword"] as const;

/**
 * Makes the invited person's account and signs them in (an admin sets up two-step sign-in
 * first), then opens the moderation queue.
 */
export async function join(
  _previous: JoinState,
  form: FormData,
): Promise<JoinState> {
  const token = form.get("token");
  if (typeof token !== "string" || token.length > 100)
    return { name: "", errors: [], expired: true };
  const raw = Object.fromEntries(
    fields.map((field) => [field, form.get(field)]),
  );
  const name = typeof raw.name === "string" ? raw.name.slice(0, 100) : "";
  const parsed = joinSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    return {
      name,
      errors: fields.flatMap((field) => {
        const message = fieldErrors[field]?.[0];
        return message ? [{ field, message }] : [];
      }),
    };
  }
  const person = await acceptInvitation({
    token,
    name: parsed.data.name,
    password: parsed.data.password,
  });
  if (!person) return { name, errors: [], expired: true };
  logger.info(
    { event: "account.joined", moderatorId: person.id, role: person.role },
    "Invitation accepted",
  );
  return continueAfterPassword(person, "/admin");
}
