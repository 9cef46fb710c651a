import { z } from "zod";
import {
  cleanText,
  fieldLimits,
  keysOf,
  optionalChoice,
  optionalText,
  requiredText,
  yesMeansTrue,
} from "@/app/forms/fields";
import { aboutYouAnswers, reachYouAnswers } from "@/app/forms/groups/about-you";
import {
  checkCostPeriods,
  costAnswers,
  withoutLonePeriods,
} from "@/app/forms/groups/cost";
import { publishedWorkAnswers } from "@/app/forms/groups/published-work";
import { resultsOverTimeAnswers } from "@/app/forms/groups/results-over-time";
import { whereAnswers } from "@/app/forms/groups/where";
import {
  evidenceLevels,
  overTimeEvidence,
  sentEvidenceLevels,
  stages,
} from "@/db/options";

// Each schema lists its questions in the order the form asks them: the error summary follows it.

const moreInfoUrlField = z
  .preprocess(
    (value) => (cleanText(value) === "" ? undefined : cleanText(value)),
    z
      .string()
      .max(
        fieldLimits.moreInfoUrl,
        `Link to more information must be ${fieldLimits.moreInfoUrl} characters or fewer`,
      )
      .pipe(
        z.url({
          protocol: /^https?$/,
          hostname: z.regexes.domain,
          error:
            "Enter a link that starts with https:// or http://, like https://www.example.nhs.uk/our-work",
        }),
      )
      .optional(),
  )
  .transform((value) => value ?? null);

/**
 * The questions about the example itself, which a submission and a moderator's edit share. Only a
 * moderator may give "Measured over time" (`levels`), and only with the measure to show for it.
 */
export function exampleAnswers(
  themeSlugs: readonly string[],
  levels: Record<string, string> = sentEvidenceLevels,
) {
  return {
    title: requiredText("title", "Enter a title for your example"),
    summary: requiredText("summary", "Enter a summary of your example", true),
    problem: requiredText("problem", "Enter why the work was needed", true),
    approach: requiredText("approach", "Enter what was done", true),
    impact: requiredText("impact", "Enter the results so far", true),
    stage: optionalChoice(keysOf(stages), "Select a stage from the list"),
    evidence: optionalChoice(
      keysOf(levels as typeof evidenceLevels),
      "Select how the results were shown from the list",
    ),
    learning: optionalText("learning", true),
    moreInfoUrl: moreInfoUrlField,
    themes: z.preprocess(
      // One ticked box is sent as one value, several as a list.
      (value) => (typeof value === "string" ? [value] : value),
      z
        .array(z.string(), { error: "Select at least one theme" })
        .min(1, "Select at least one theme")
        .max(themeSlugs.length || 1, "Select at least one theme")
        .refine(
          (slugs) => slugs.every((slug) => themeSlugs.includes(slug)),
          "Select themes from the list",
        )
        .transform((slugs) => [...new Set(slugs)]),
    ),
    ...whereAnswers("Select the care setting"),
  };
}

/** What a moderator can change: the example, whether they have seen its evaluation, its costs and contact. */
export function moderatorEditSchema(themeSlugs: readonly string[]) {
  return z
    .object({
      ...exampleAnswers(themeSlugs, evidenceLevels),
      evidenceChecked: yesMeansTrue,
      ...resultsOverTimeAnswers,
      ...costAnswers,
      ...aboutYouAnswers,
      ...reachYouAnswers,
    })
    .superRefine(checkCostPeriods)
    .superRefine(({ evidence, measure }, context) => {
      const { level, fewestPoints } = overTimeEvidence;
      if (
        evidence === level &&
        !measure.some((each) => each.points.length >= fewestPoints)
      )
        context.addIssue({
          code: "custom",
          path: ["evidence"],
          message: `‘${evidenceLevels[level]}’ needs a measure over time with ${fewestPoints} or more results`,
        });
    })
    .transform(withoutLonePeriods);
}

/** What a member of staff sends: the example, its results and costs, who they are, and that it can be shared. */
export function submissionSchema(themeSlugs: readonly string[]) {
  return z
    .object({
      ...exampleAnswers(themeSlugs),
      ...publishedWorkAnswers("the example"),
    })
    .superRefine(checkCostPeriods)
    .transform(withoutLonePeriods);
}

export type SubmissionInput = z.output<ReturnType<typeof submissionSchema>>;
export type ExampleEditInput = z.output<ReturnType<typeof moderatorEditSchema>>;
