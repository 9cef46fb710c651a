import { z } from "zod";
import { keysOf, optionalText, requiredText } from "@/app/forms/fields";
import { aboutYouAnswers, reachYouAnswers } from "@/app/forms/groups/about-you";
import {
  checkCostPeriods,
  costAnswers,
  withoutLonePeriods,
} from "@/app/forms/groups/cost";
import { resultsOverTimeAnswers } from "@/app/forms/groups/results-over-time";
import { publishedWorkAnswers } from "@/app/forms/groups/published-work";
import { whereAnswers } from "@/app/forms/groups/where";
import { adoptionStates } from "@/db/options";

// Each schema lists its questions in the order the form asks them: the error summary follows it.

/** The questions about trying an example, which the form and a moderator's edit share. */
export const reportAnswers = {
  ...whereAnswers("Select the care setting where you tried it"),
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
  state: z.enum(keysOf(adoptionStates), {
    error: "Select whether it is still running",
  }),
  stoppedReason: optionalText("stoppedReason", true),
};

type Report = z.output<z.ZodObject<typeof reportAnswers>> &
  z.output<z.ZodObject<typeof costAnswers>>;

/** Adds the "why did you stop" and cost period rules, and drops a reason given for something still running. */
function withStoppedReason<T extends z.ZodType<Report>>(schema: T) {
  return schema
    .superRefine((report, context) => {
      if (report.state === "stopped" && !report.stoppedReason)
        context.addIssue({
          code: "custom",
          path: ["stoppedReason"],
          message: "Enter why you stopped",
        });
      checkCostPeriods(report, context);
    })
    .transform((report) => ({
      ...withoutLonePeriods(report),
      stoppedReason: report.state === "stopped" ? report.stoppedReason : null,
    }));
}

/** The answers to "we tried this too", as a moderator may edit them. */
export const adoptionReportFieldsSchema = withStoppedReason(
  z.object({
    ...reportAnswers,
    ...resultsOverTimeAnswers,
    ...costAnswers,
    ...aboutYouAnswers,
    ...reachYouAnswers,
  }),
);

/** What a team sends: the report, its results and costs, who they are, that it can be shared. */
export const adoptionReportSchema = withStoppedReason(
  z.object({
    ...reportAnswers,
    ...publishedWorkAnswers("your report"),
  }),
);
