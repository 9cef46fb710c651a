import { z } from "zod";

// The catalogue's own rules for answers, which every form's schema is made of: the limits, how
// text is cleaned and checked, what an empty box or a ticked box means, how numbers are written.
// Reading a post and answering it is Conform's (read-form.ts). Browser-safe.

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

/** The keys of one of the catalogue's lists of options, as zod's enum takes them. */
export const keysOf = <Key extends string>(labels: Record<Key, string>) =>
  Object.keys(labels) as [Key, ...Key[]];

/** A list of options as radios, checkboxes and selects take them. */
export const optionsOf = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

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

/** An email address: "your work email address", "your email address" or "their email address". */
export function emailAnswer(whose: "your work" | "your" | "their") {
  const name = `${whose} email address`;
  return z.preprocess(
    cleanText,
    z
      .string({ error: `Enter ${name}` })
      .min(1, `Enter ${name}`)
      .max(
        fieldLimits.contactEmail,
        `${name.charAt(0).toUpperCase()}${name.slice(1)} must be ${fieldLimits.contactEmail} characters or fewer`,
      )
      .pipe(
        z.email(
          "Enter an email address in the correct format, like name@nhs.net",
        ),
      ),
  );
}

/** A ticked box sends "yes"; an unticked one sends nothing. */
export const yesMeansTrue = z.preprocess(
  (value) => value === "yes" || value === true,
  z.boolean(),
);

/** Reads "1,250", "£1,250" or " 3.5 " as a number; anything else stays as it was, to be refused. */
export function readNumber(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const plain = value
    .trim()
    .replace(/^£/, "")
    .replace(/,(?=\d{3}\b)/g, "");
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : value;
}

/** A number that may be left blank (null), read as people write it and checked by `rule`. */
export function optionalNumber(rule: z.ZodType<number>) {
  return z
    .preprocess(
      (value) => (cleanText(value) === "" ? undefined : readNumber(value)),
      rule.optional(),
    )
    .transform((value) => value ?? null);
}

const leftBlank = (row: unknown) =>
  typeof row !== "object" ||
  row === null ||
  Object.values(row).every(
    (answer) => typeof answer !== "string" || answer.trim() === "",
  );

/**
 * Rows of a list a form offers with "add another" (a Conform list): each checked in place, so a
 * problem keeps its row's number; rows left blank are ignored.
 */
export function optionalRows<Posted, Row extends z.ZodType>(
  row: Row,
  most: number,
  tooMany: string,
) {
  return z
    .preprocess(
      // The rows as the form sends them, which the form's fields are typed by.
      (rows: Posted[] | undefined) => rows ?? [],
      z
        .array(
          z.preprocess(
            (posted) => (leftBlank(posted) ? null : posted),
            row.nullable(),
          ),
        )
        .max(most, tooMany),
    )
    .transform((rows) =>
      rows.filter((kept): kept is z.output<Row> => kept !== null),
    );
}

/** A moderator's reason for rejecting or withdrawing an example. */
export const reasonSchema = requiredText(
  "reason",
  "Enter the reason for your decision",
  true,
);

/** The field a person never sees; only a bot fills it in. */
export const honeypotField = "website";

/** A stored row's answers as its edit form shows them: "" for none, "yes" for a ticked box. */
export function storedFormValues<Row extends object>(
  row: Row,
  columns: readonly (keyof Row & string)[],
): Record<string, string> {
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
