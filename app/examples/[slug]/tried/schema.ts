import { z } from "zod";
import {
  careSettingKeys,
  checkResourcePeriods,
  contactFields,
  resourceFieldOrder,
  resourceFields,
  withoutLonePeriods,
  optionalChoice,
  optionalText,
  regionKeys,
  requiredText,
  sendingFields,
} from "@/app/forms/fields";
import { adoptionStates, type AdoptionState } from "@/db/options";

// Browser-safe: the form imports the order, the server action the schema.

const stateKeys = Object.keys(adoptionStates) as [
  AdoptionState,
  ...AdoptionState[],
];

const answers = z.object({
  careSetting: z.enum(careSettingKeys, {
    error: "Select the care setting where you tried it",
  }),
  region: optionalChoice(regionKeys, "Select a region from the list"),
  organisation: optionalText("organisation"),
  changes: requiredText(
    "changes",
    "Enter what you changed from the original, or say that you changed nothing",
    true,
  ),
  results: requiredText(
    "results",
    "Enter what happened when you tried it",
    true,
  ),
  state: z.enum(stateKeys, { error: "Select whether it is still running" }),
  stoppedReason: optionalText("stoppedReason", true),
  ...resourceFields,
  ...contactFields,
});

/** Adds the "why did you stop" rule, and drops a reason given for something still running. */
function withStoppedReason<T extends z.ZodType<z.output<typeof answers>>>(
  schema: T,
) {
  return schema
    .superRefine((report, context) => {
      if (report.state === "stopped" && !report.stoppedReason)
        context.addIssue({
          code: "custom",
          path: ["stoppedReason"],
          message: "Enter why you stopped",
        });
      checkResourcePeriods(report, context);
    })
    .transform((report) => ({
      ...withoutLonePeriods(report),
      stoppedReason: report.state === "stopped" ? report.stoppedReason : null,
    }));
}

/** The answers to "we tried this too", as a moderator may also edit them. */
export const adoptionReportFieldsSchema = withStoppedReason(answers);

/** What a team sends: the report, that it can be shared, and the form's one-off key. */
export const adoptionReportSchema = withStoppedReason(
  answers.extend(sendingFields("your report")),
);

/** Questions in the order the form asks them, so the error summary lists problems in that order. */
export const reportFieldOrder = [
  "careSetting",
  "region",
  "organisation",
  "changes",
  "results",
  "state",
  "stoppedReason",
  ...resourceFieldOrder,
  "contactName",
  "contactEmail",
  "contactForwarding",
  "contactConsent",
  "emailUpdates",
  "confirmation",
  "submissionKey",
] as const;
