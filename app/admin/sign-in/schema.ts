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
