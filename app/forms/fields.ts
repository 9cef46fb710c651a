import { z } from "zod";
import {
  careSettings,
  costPeriods,
  evidenceLevels,
  regions,
  stages,
  staffTimePeriods,
  type CareSetting,
  type CostPeriod,
  type StaffTimePeriod,
  type EvidenceLevel,
  type Region,
  type Stage,
} from "@/db/options";

// The form library every form shares: limits and names, field rules, the one-off key and the
// hidden field, reading a form and ordering its errors. Browser-safe: the forms import the limits
// and names, the server actions the schemas.

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
  changes: 3000,
  results: 3000,
  stoppedReason: 1000,
  message: 2000,
  involvement: 1000,
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
  changes: "What you changed",
  results: "What happened",
  stoppedReason: "Why you stopped",
  message: "Your message",
  involvement: "Your part in this work",
} as const;

type TextField = keyof typeof fieldLimits;

// C0 and C1 control characters other than tab and line breaks, which text areas may hold.
const controlCharacters =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

// Bidirectional overrides and isolates: they make text show in another order than it is stored
// (a link or a file name that reads as something else), and no answer here needs them.
const bidirectionalControls = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * How every text answer is read, on every form: normalised to NFC, line breaks of any kind made
 * \n, bidirectional overrides and isolates removed, and trimmed, so that counts match what people
 * see and the text reads as it is stored.
 */
export function cleanText(value: unknown): unknown {
  return typeof value === "string"
    ? value
        .normalize("NFC")
        .replace(/\r\n?|[\u2028\u2029]/g, "\n")
        .replace(bidirectionalControls, "")
        .trim()
    : value;
}

/**
 * The rules every text answer keeps, whatever its question: no hidden control characters, and a
 * one-line answer on one line (tabs and line breaks only where the answer may have several lines).
 * `name` names the question in the error, as the error summary shows it.
 */
export function plainText(
  name: string,
  { multiline = false }: { multiline?: boolean } = {},
) {
  return z
    .string()
    .refine(
      (value) => !controlCharacters.test(value),
      `${name} must not include hidden control characters`,
    )
    .refine(
      (value) => multiline || !/[\n\t]/.test(value),
      `${name} must be on one line`,
    );
}

function textRule(field: TextField, multiline: boolean) {
  const name = fieldNames[field];
  return z
    .string()
    .max(
      fieldLimits[field],
      `${name} must be ${fieldLimits[field].toLocaleString("en-GB")} characters or fewer`,
    )
    .pipe(plainText(name, { multiline }));
}

/** A question that must be answered; `emptyMessage` says what to enter. */
export function requiredText(
  field: TextField,
  emptyMessage: string,
  multiline = false,
) {
  return z.preprocess(
    cleanText,
    z
      .string({ error: emptyMessage })
      .min(1, emptyMessage)
      .pipe(textRule(field, multiline)),
  );
}

/** A question that may be left blank, stored as null when it is. */
export function optionalText(field: TextField, multiline = false) {
  return z
    .preprocess(
      (value) => (cleanText(value) === "" ? undefined : cleanText(value)),
      textRule(field, multiline).optional(),
    )
    .transform((value) => value ?? null);
}

export const careSettingKeys = Object.keys(careSettings) as [
  CareSetting,
  ...CareSetting[],
];
export const regionKeys = Object.keys(regions) as [Region, ...Region[]];
export const stageKeys = Object.keys(stages) as [Stage, ...Stage[]];
export const evidenceKeys = Object.keys(evidenceLevels) as [
  EvidenceLevel,
  ...EvidenceLevel[],
];

/** A choice that may be left unanswered (null), or must be one of the list. */
export function optionalChoice<T extends string>(
  keys: [T, ...T[]],
  message: string,
) {
  return z
    .preprocess(
      (value) => (value === "" ? undefined : value),
      z.enum(keys, { error: message }).optional(),
    )
    .transform((value) => value ?? null);
}

/** Reads "1,250", "£1,250" or " 3.5 " as a number; anything else stays as it was, to be refused. */
export function readNumber(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const plain = value
    .trim()
    .replace(/^£/, "")
    .replace(/,(?=\d{3}\b)/g, "");
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : value;
}

const costPeriodKeys = Object.keys(costPeriods) as [
  CostPeriod,
  ...CostPeriod[],
];
const staffPeriodKeys = Object.keys(staffTimePeriods) as [
  StaffTimePeriod,
  ...StaffTimePeriod[],
];

function optionalAmount(max: number, name: string, whole: boolean) {
  return z
    .preprocess(
      (value) => (cleanText(value) === "" ? undefined : readNumber(value)),
      z
        .number({
          error: `Enter the ${name} as a number${whole ? " of pounds, like 12000" : ", like 7.5"}`,
        })
        .min(0, `The ${name} cannot be less than 0`)
        .max(max, `The ${name} is too large`)
        .refine(
          (value) => !whole || Number.isInteger(value),
          `Enter the ${name} in whole pounds`,
        )
        .optional(),
    )
    .transform((value) => value ?? null);
}

/** Largest amount in pounds, and hours, a form accepts: well past any real figure. */
const maxPounds = 1_000_000_000;
const maxHours = 1_000_000;

/** What the work cost: each part optional, a period required with every running amount. */
export const resourceFields = {
  oneOffCost: optionalAmount(maxPounds, "one-off cost", true),
  runningCost: optionalAmount(maxPounds, "running cost", true),
  runningCostPeriod: optionalChoice(
    costPeriodKeys,
    "Select how often the running cost is paid",
  ),
  staffHours: optionalAmount(maxHours, "staff time", false),
  staffHoursPeriod: optionalChoice(
    staffPeriodKeys,
    "Select what period the staff time is for",
  ),
};

/** The rule that a running cost or staff time says over what period; a lone period is dropped. */
export function checkResourcePeriods(
  resources: {
    runningCost: number | null;
    runningCostPeriod: CostPeriod | null;
    staffHours: number | null;
    staffHoursPeriod: StaffTimePeriod | null;
  },
  context: z.RefinementCtx,
) {
  if (resources.runningCost !== null && resources.runningCostPeriod === null)
    context.addIssue({
      code: "custom",
      path: ["runningCostPeriod"],
      message: "Select how often the running cost is paid",
    });
  if (resources.staffHours !== null && resources.staffHoursPeriod === null)
    context.addIssue({
      code: "custom",
      path: ["staffHoursPeriod"],
      message: "Select what period the staff time is for",
    });
}

/** Drops a period given without its amount, so the stored row always makes sense. */
export function withoutLonePeriods<
  T extends {
    runningCost: number | null;
    runningCostPeriod: CostPeriod | null;
    staffHours: number | null;
    staffHoursPeriod: StaffTimePeriod | null;
  },
>(resources: T): T {
  return {
    ...resources,
    runningCostPeriod:
      resources.runningCost === null ? null : resources.runningCostPeriod,
    staffHoursPeriod:
      resources.staffHours === null ? null : resources.staffHoursPeriod,
  };
}

/** Resource questions in the order the forms ask them. */
export const resourceFieldOrder = [
  "oneOffCost",
  "runningCost",
  "runningCostPeriod",
  "staffHours",
  "staffHoursPeriod",
] as const;

/** Who is sending it, and whether their details may be shown: the same on every form. */
export const contactFields = {
  contactName: requiredText("contactName", "Enter your name"),
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
  contactForwarding: z.preprocess(
    (value) => value === "yes" || value === true,
    z.boolean(),
  ),
  contactConsent: z.preprocess(
    (value) => value === "yes" || value === true,
    z.boolean(),
  ),
};

/** What every public form sends besides its answers: that `what` can be shared, and a one-off key. */
export function sendingFields(what: string) {
  return {
    confirmation: z.literal("yes", {
      error: `Confirm that ${what} can be shared publicly and contains no patient-identifiable information`,
    }),
    /** Whether to email the sender when it is received and when a moderator decides. */
    emailUpdates: z.preprocess(
      (value) => value === "yes" || value === true,
      z.boolean(),
    ),
    submissionKey: z.uuid({
      error:
        "Something went wrong with the form. Reload the page and try again.",
    }),
  };
}

/** A moderator's reason for rejecting or withdrawing an example. */
export const reasonSchema = requiredText(
  "reason",
  "Enter the reason for your decision",
  true,
);

/** The field a person never sees; only a bot fills it in. */
export const honeypotField = "website";

export type FormValues = Record<string, string | string[]>;

/** A field's value as a text box shows it: a single value, or nothing. */
export const oneValue = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;

/** Fields in the order the form asks them, so the error summary lists problems in that order. */
export const fieldOrder = [
  "title",
  "summary",
  "problem",
  "approach",
  "impact",
  "stage",
  "evidence",
  "learning",
  "moreInfoUrl",
  "themes",
  "careSetting",
  "region",
  "organisation",
  ...resourceFieldOrder,
  "contactName",
  "contactEmail",
  "contactForwarding",
  "contactConsent",
  "emailUpdates",
  "evidenceChecked",
  "confirmation",
  "submissionKey",
  "reason",
] as const;

/**
 * Puts the outcome rows' problems where the outcome questions are on the form: after the
 * example's own questions, before the costs and the contact questions.
 */
export function withOutcomeErrors(
  errors: { field: string; message: string }[],
  outcomeErrors: { field: string; message: string }[],
  order: readonly string[] = fieldOrder,
): { field: string; message: string }[] {
  const later = order.slice(order.indexOf(resourceFieldOrder[0]));
  const at = errors.findIndex((error) =>
    (later as readonly string[]).includes(error.field),
  );
  return at === -1
    ? [...errors, ...outcomeErrors]
    : [...errors.slice(0, at), ...outcomeErrors, ...errors.slice(at)];
}

/** One message a field, in the form's order, for the error summary and the fields. */
export function fieldErrorsInOrder(
  error: z.ZodError,
  field?: (typeof fieldOrder)[number],
  order: readonly string[] = fieldOrder,
): { field: string; message: string }[] {
  // A schema for one value (not an object) reports its errors as form errors.
  if (field) {
    const message = z.flattenError(error).formErrors[0];
    return message ? [{ field, message }] : [];
  }
  const byField = z.flattenError(error).fieldErrors as Record<
    string,
    string[] | undefined
  >;
  return order.flatMap((field) => {
    const message = byField[field]?.[0];
    return message ? [{ field, message }] : [];
  });
}

/** The form's fields as plain values, in the shape the schemas read. */
export function formValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    values[key] =
      key === "themes" ? [...((values[key] as string[]) ?? []), value] : value;
  }
  return values;
}

/** A stored row's answers as its edit form shows them: "" for none, "yes" for a ticked box. */
export function storedFormValues<Row extends object>(
  row: Row,
  columns: readonly (keyof Row & string)[],
): FormValues {
  return Object.fromEntries(
    columns.map((column) => {
      const value: unknown = row[column];
      return [
        column,
        value === null || value === undefined
          ? ""
          : typeof value === "boolean"
            ? value
              ? "yes"
              : ""
            : String(value),
      ];
    }),
  );
}
