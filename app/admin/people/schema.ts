import { z } from "zod";
import { emailAnswer } from "@/app/forms/fields";
import { moderatorRoles } from "@/db/options";

/** Which person an admin's button is about, and the role it gives where it gives one. */
export const personActionSchema = z.object({
  moderatorId: z.coerce.number().int().positive(),
  role: z.enum(moderatorRoles).optional(),
});

/** The invitation form. */
export const inviteSchema = z.object({
  email: emailAnswer("their"),
  role: z.enum(moderatorRoles, {
    error: "Select whether they will be a moderator or an admin",
  }),
});

/** What the People page says after an admin's action, about the person it was done to. */
export const outcomes = {
  role: (name: string, role: string) =>
    `${name} is now ${role === "admin" ? "an admin" : "a moderator"}, and has been signed out to sign in again as one`,
  removed: (name: string) => `${name} has been removed and signed out`,
  ended: (name: string) => `${name} has been signed out everywhere`,
  cancelled: () =>
    "The invitation has been cancelled. Its link no longer works.",
} as const;
export type PeopleOutcome = keyof typeof outcomes;
