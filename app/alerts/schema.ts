import { z } from "zod";
import { emailAnswer, keysOf, optionsOf } from "@/app/forms/fields";
import { alertFrequencies } from "@/db/options";

export const frequencyField = z.enum(keysOf(alertFrequencies), {
  error: "Select how often you want emails",
});

/** Asking for an alert: where to send it and how often. The search comes from the page's address. */
export const alertRequestSchema = z.object({
  email: emailAnswer("your"),
  frequency: frequencyField,
});

export const frequencyOptions = optionsOf(alertFrequencies);
