import { z } from "zod";
import { cleanText, fieldLimits } from "@/app/forms/fields";
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
  email: z.preprocess(
    cleanText,
    z
      .string({ error: "Enter your email address" })
      .min(1, "Enter your email address")
      .max(
        fieldLimits.contactEmail,
        `Your email address must be ${fieldLimits.contactEmail} characters or fewer`,
      )
      .pipe(
        z.email(
          "Enter an email address in the correct format, like name@nhs.net",
        ),
      ),
  ),
  frequency: frequencyField,
});

export const alertFieldOrder = ["email", "frequency"] as const;

export const frequencyOptions = Object.entries(alertFrequencies).map(
  ([value, label]) => ({ value, label }),
);
