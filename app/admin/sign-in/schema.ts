import { z } from "zod";

/** Sign-in form: both fields required, lengths capped so nobody can make us hash a megabyte. */
export const signInSchema = z.object({
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .min(1, "Enter your email address")
    .max(254, "Enter a correct email address and password"),
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(200, "Enter a correct email address and password"),
});

/** Whole minutes, at least one, until a lock ends. */
export function minutesUntil(until: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
}

export function tooManyTries(minutes: number) {
  return `You have tried to sign in too many times. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/** The second step: a 6-digit code from the app, or a recovery code. */
export const securityCodeSchema = z.object({
  code: z
    .string({ error: "Enter the security code" })
    .trim()
    .min(1, "Enter the security code")
    .max(20, "Enter a correct security code"),
});
