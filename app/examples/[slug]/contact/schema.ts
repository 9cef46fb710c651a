import { z } from "zod";
import { contactFields, requiredText } from "@/app/forms/fields";

// Browser-safe: the form imports the order, the server action the schema.

/** A member of staff's message to the team behind an example or a report. */
export const contactMessageSchema = z.object({
  contactName: contactFields.contactName,
  organisation: requiredText("organisation", "Enter your NHS organisation"),
  contactEmail: contactFields.contactEmail,
  message: requiredText("message", "Enter your message", true),
  submissionKey: z.uuid({
    error: "Something went wrong with the form. Reload the page and try again.",
  }),
});

export const contactFieldOrder = [
  "contactName",
  "organisation",
  "contactEmail",
  "message",
  "submissionKey",
] as const;
