import { z } from "zod";
import { contactFields } from "@/app/forms/fields";
import { alertFrequencies, type AlertFrequency } from "@/db/options";

// Browser-safe: the forms import the order, the server actions the schemas.

const frequencyKeys = Object.keys(alertFrequencies) as [
  AlertFrequency,
  ...AlertFrequency[],
];

export const frequencyField = z.enum(frequencyKeys, {
  error: "Select how often you want emails",
});

/** Asking for an alert: where to send it and how often. The search comes from the page's address. */
export const alertRequestSchema = z.object({
  email: contactFields.contactEmail,
  frequency: frequencyField,
});

export const alertFieldOrder = ["email", "frequency"] as const;

export const frequencyOptions = Object.entries(alertFrequencies).map(
  ([value, label]) => ({ value, label }),
);
