import { z } from "zod";
import { cleanText, plainText } from "@/app/forms/fields";

/** The shortest password an account may have, here and in `npm run moderator:add`. */
export const minimumPasswordLength = 12;

/** Accepting an invitation: a name to show in the history, and a password typed twice. */
export const joinSchema = z
  .object({
    name: z.preprocess(
      cleanText,
      z
        .string({ error: "Enter your name" })
        .min(1, "Enter your name")
        .max(100, "Name must be 100 characters or fewer")
        .pipe(plainText("Name")),
    ),
    password: z
      .string({ error: "Enter a password" })
      .min(1, "Enter a password")
      .min(
        minimumPasswordLength,
        `Password must be ${minimumPasswordLength} characters or more`,
      )
      .max(200, "Password must be 200 characters or fewer"),
    confirmPassword: z.string({ error: "Enter your password again" }),
  })
  .refine((values) => values.password === values.confirmPassword, {
    path: ["confirmPassword"],
    message: "Passwords do not match",
  });
