import { z } from "zod";

/** Turning two-step sign-in on: the key the page gave, and the code the app now shows for it. */
export const turnOnSchema = z.object({
  secret: z
    .string()
    .regex(/^[A-Z2-7]{32}$/, "Start again: the key on this page was changed"),
  code: z
    .string({ error: "Enter the 6-digit code from your app" })
    .trim()
    .min(1, "Enter the 6-digit code from your app")
    .regex(/^\d{6}$/, "Enter the 6-digit code from your app, like 123456"),
});

/** Turning it off: a current code or a recovery code. */
export const turnOffSchema = z.object({
  code: z
    .string({ error: "Enter a security code" })
    .trim()
    .min(1, "Enter a security code")
    .max(20, "Enter a correct security code"),
});
