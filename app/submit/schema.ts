import { z } from "zod";
import {
  careSettingKeys,
  checkResourcePeriods,
  cleanText,
  contactFields,
  evidenceKeys,
  fieldLimits,
  optionalChoice,
  optionalText,
  regionKeys,
  requiredText,
  resourceFields,
  sendingFields,
  stageKeys,
  withoutLonePeriods,
} from "@/app/forms/fields";

/** The questions a submission and a moderator's edit share, with the messages people see. */
export function exampleFieldsSchema(themeSlugs: readonly string[]) {
  return z.object({
    title: requiredText("title", "Enter a title for your example"),
    summary: requiredText("summary", "Enter a summary of your example", true),
    problem: requiredText("problem", "Enter why the work was needed", true),
    approach: requiredText("approach", "Enter what was done", true),
    impact: requiredText("impact", "Enter the results so far", true),
    learning: optionalText("learning", true),
    themes: z
      .array(z.string(), { error: "Select at least one theme" })
      .min(1, "Select at least one theme")
      .max(themeSlugs.length || 1, "Select at least one theme")
      .refine(
        (slugs) => slugs.every((slug) => themeSlugs.includes(slug)),
        "Select themes from the list",
      )
      .transform((slugs) => [...new Set(slugs)]),
    careSetting: z.enum(careSettingKeys, { error: "Select the care setting" }),
    region: optionalChoice(regionKeys, "Select a region from the list"),
    stage: optionalChoice(stageKeys, "Select a stage from the list"),
    evidence: optionalChoice(
      evidenceKeys,
      "Select how the results were shown from the list",
    ),
    organisation: optionalText("organisation"),
    ...resourceFields,
    ...contactFields,
    moreInfoUrl: moreInfoUrlField,
  });
}

/** Adds the rules that join answers: a period with every running cost and staff time. */
function joined<
  T extends z.ZodType<z.output<ReturnType<typeof exampleFieldsSchema>>>,
>(schema: T) {
  return schema.superRefine(checkResourcePeriods).transform(withoutLonePeriods);
}

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

/** What a moderator can change: the same questions, and whether they have seen the evaluation. */
export function moderatorEditSchema(themeSlugs: readonly string[]) {
  return joined(
    exampleFieldsSchema(themeSlugs).extend({
      evidenceChecked: z.preprocess(
        (value) => value === "yes" || value === true,
        z.boolean(),
      ),
    }),
  );
}

/** What a member of staff sends: the example, and that it can be shared. */
export function submissionSchema(themeSlugs: readonly string[]) {
  return joined(
    exampleFieldsSchema(themeSlugs).extend(sendingFields("the example")),
  );
}

export type ExampleFieldsInput = z.output<
  ReturnType<typeof exampleFieldsSchema>
>;
export type SubmissionInput = z.output<ReturnType<typeof submissionSchema>>;
export type FieldName = keyof z.input<ReturnType<typeof submissionSchema>>;
