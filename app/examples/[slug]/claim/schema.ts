import { z } from "zod";
import { contactFields, requiredText, sendingFields } from "@/app/forms/fields";

// Browser-safe: the form imports the order, the server action the schema.

/** "Is this your trust's work?": who the team is, and how staff may reach them once approved. */
export const claimSchema = z.object({
  organisation: requiredText(
    "organisation",
    "Enter the NHS organisation you work for",
  ),
  involvement: requiredText(
    "involvement",
    "Enter what your part in this work was",
    true,
  ),
  ...contactFields,
  // A claim is not published, so there is nothing to confirm about sharing it.
  submissionKey: sendingFields("your claim").submissionKey,
});

/** Questions in the order the form asks them, so the error summary lists problems in that order. */
export const claimFieldOrder = [
  "organisation",
  "involvement",
  "contactName",
  "contactEmail",
  "contactForwarding",
  "contactConsent",
  "submissionKey",
] as const;
