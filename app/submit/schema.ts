import { z } from "zod";
import {
  careSettings,
  regions,
  type CareSetting,
  type Region,
} from "@/db/options";

// Browser-safe: the form imports the limits and names, the server action the schemas.

/** Longest answer each question takes, in characters. */
export const fieldLimits = {
  title: 150,
  summary: 300,
  problem: 3000,
  approach: 3000,
  impact: 3000,
  learning: 3000,
  organisation: 150,
  contactName: 100,
  contactEmail: 254,
  moreInfoUrl: 500,
  reason: 1000,
} as const;

/** How each field is named in an error message. */
const fieldNames = {
  title: "Title",
  summary: "Summary",
  problem: "Why it was needed",
  approach: "What was done",
  impact: "Results so far",
  learning: "Lessons for others",
  organisation: "Organisation",
  contactName: "Your name",
  contactEmail: "Your work email address",
  moreInfoUrl: "Link to more information",
  reason: "Reason",
} as const;

type TextField = keyof typeof fieldLimits;

// C0 and C1 control characters other than tab and line breaks, which text areas may hold.
const controlCharacters =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Trims, normalises to NFC and makes line breaks \n, so counts match what people see. */
export function cleanText(value: unknown): unknown {
  return typeof value === "string"
    ? value.normalize("NFC").replace(/\r\n?/g, "\n").trim()
    : value;
}

function text(
  field: TextField,
  {
    required,
    emptyMessage,
    multiline = false,
  }: {
    required: boolean;
    emptyMessage?: string;
    multiline?: boolean;
  },
) {
  const name = fieldNames[field];
  let rule = z
    .string({ error: emptyMessage ?? `Enter ${name.toLowerCase()}` })
    .max(
      fieldLimits[field],
      `${name} must be ${fieldLimits[field].toLocaleString("en-GB")} characters or fewer`,
    )
    .refine(
      (value) => !controlCharacters.test(value),
      `${name} must not include hidden control characters`,
    )
    .refine(
      (value) => multiline || !/[\n\t]/.test(value),
      `${name} must be on one line`,
    );
  if (required)
    rule = rule.min(1, emptyMessage ?? `Enter ${name.toLowerCase()}`);
  const cleaned = z.preprocess(cleanText, rule);
  return required
    ? cleaned
    : z
        .preprocess(
          (value) => (cleanText(value) === "" ? undefined : value),
          cleaned.optional(),
        )
        .transform((value) => value ?? null);
}

const careSettingKeys = Object.keys(careSettings) as [
  CareSetting,
  ...CareSetting[],
];
const regionKeys = Object.keys(regions) as [Region, ...Region[]];

/** The questions a submission and a moderator's edit share, with the messages people see. */
export function exampleFieldsSchema(themeSlugs: readonly string[]) {
  return z.object({
    title: text("title", {
      required: true,
      emptyMessage: "Enter a title for your example",
    }),
    summary: text("summary", {
      required: true,
      emptyMessage: "Enter a summary of your example",
      multiline: true,
    }),
    problem: text("problem", {
      required: true,
      emptyMessage: "Enter why the work was needed",
      multiline: true,
    }),
    approach: text("approach", {
      required: true,
      emptyMessage: "Enter what was done",
      multiline: true,
    }),
    impact: text("impact", {
      required: true,
      emptyMessage: "Enter the results so far",
      multiline: true,
    }),
    learning: text("learning", { required: false, multiline: true }),
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
    region: z
      .preprocess(
        (value) => (value === "" ? undefined : value),
        z
          .enum(regionKeys, { error: "Select a region from the list" })
          .optional(),
      )
      .transform((value) => value ?? null),
    organisation: text("organisation", { required: false }),
    contactName: text("contactName", {
      required: true,
      emptyMessage: "Enter your name",
    }),
    contactEmail: z.preprocess(
      (value) => (typeof value === "string" ? cleanText(value) : value),
      z
        .string({ error: "Enter your work email address" })
        .min(1, "Enter your work email address")
        .max(
          fieldLimits.contactEmail,
          `Your work email address must be ${fieldLimits.contactEmail} characters or fewer`,
        )
        .pipe(
          z.email(
            "Enter an email address in the correct format, like name@nhs.net",
          ),
        ),
    ),
    contactConsent: z.preprocess(
      (value) => value === "yes" || value === true,
      z.boolean(),
    ),
    moreInfoUrl: z
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
      .transform((value) => value ?? null),
  });
}

/** What a member of staff sends: the example, and that it can be shared. */
export function submissionSchema(themeSlugs: readonly string[]) {
  return exampleFieldsSchema(themeSlugs).extend({
    confirmation: z.literal("yes", {
      error:
        "Confirm that the example can be shared publicly and contains no patient-identifiable information",
    }),
    submissionKey: z.uuid({
      error:
        "Something went wrong with the form. Reload the page and try again.",
    }),
  });
}

export type ExampleFieldsInput = z.output<
  ReturnType<typeof exampleFieldsSchema>
>;
export type SubmissionInput = z.output<ReturnType<typeof submissionSchema>>;
export type FieldName = keyof z.input<ReturnType<typeof submissionSchema>>;

/** A moderator's reason for rejecting or withdrawing an example. */
export const reasonSchema = text("reason", {
  required: true,
  emptyMessage: "Enter a reason",
  multiline: true,
});

/** The form's fields as plain values, in the shape the schemas read. */
export function formValues(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    values[key] =
      key === "themes" ? [...((values[key] as string[]) ?? []), value] : value;
  }
  return values;
}
