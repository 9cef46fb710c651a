import { z } from "zod";
import type { FieldError } from "@/components/error-summary";
import { cleanText, plainText, readNumber, type FormValues } from "./fields";

// Browser-safe: the forms import the names and limits, the server actions the schemas.

/** More rows than any example needs; a form never offers more. */
export const maxOutcomes = 10;

export const outcomeLimits = { measure: 150, unit: 50, period: 100 } as const;

/** Largest figure a form accepts: well past any real one. */
const maxFigure = 1_000_000_000;

export const outcomeFields = [
  "measure",
  "before",
  "after",
  "unit",
  "period",
] as const;
export type OutcomeField = (typeof outcomeFields)[number];

/** The form field for one part of one outcome row, for example outcome-2-before. */
export const outcomeFieldName = (row: number, field: OutcomeField) =>
  `outcome-${row}-${field}`;

function figure(label: string) {
  return z.preprocess(
    readNumber,
    z
      .number({
        error: `Enter the figure ${label} as a number, like 14 or 3.5`,
      })
      .min(-maxFigure, `The figure ${label} is too large`)
      .max(maxFigure, `The figure ${label} is too large`),
  );
}

function shortText(field: keyof typeof outcomeLimits, empty: string) {
  return z.preprocess(
    cleanText,
    z
      .string({ error: empty })
      .min(1, empty)
      .max(
        outcomeLimits[field],
        `This must be ${outcomeLimits[field]} characters or fewer`,
      )
      .pipe(plainText("This")),
  );
}

/** One measured outcome: what, before, after, in what unit, over what period. */
export const outcomeSchema = z.object({
  measure: shortText("measure", "Enter what was measured"),
  before: figure("before the change"),
  after: figure("after the change"),
  unit: shortText("unit", "Enter the unit, like days, % or patients a month"),
  period: shortText(
    "period",
    "Enter when it was measured, like April to September 2024",
  ),
});
export type OutcomeInput = z.output<typeof outcomeSchema>;

/** How many outcome rows the form shows: at least one, at most maxOutcomes. */
export function outcomeRowCount(values: FormValues): number {
  const count = Number(values.outcomeCount);
  return Number.isInteger(count)
    ? Math.min(Math.max(count, 1), maxOutcomes)
    : 1;
}

/**
 * The outcome rows a form sent, checked: rows left entirely blank are ignored, and each problem
 * is named by its row's field so the error summary links to it.
 */
export function readOutcomes(values: FormValues): {
  outcomes: OutcomeInput[];
  errors: FieldError[];
} {
  const outcomes: OutcomeInput[] = [];
  const errors: FieldError[] = [];
  for (let row = 0; row < outcomeRowCount(values); row++) {
    const answers = Object.fromEntries(
      outcomeFields.map((field) => [
        field,
        values[outcomeFieldName(row, field)] ?? "",
      ]),
    );
    if (Object.values(answers).every((value) => String(value).trim() === ""))
      continue;
    const parsed = outcomeSchema.safeParse(answers);
    if (parsed.success) outcomes.push(parsed.data);
    else {
      const byField = z.flattenError(parsed.error).fieldErrors as Record<
        string,
        string[] | undefined
      >;
      for (const field of outcomeFields) {
        const message = byField[field]?.[0];
        if (message)
          errors.push({
            field: outcomeFieldName(row, field),
            message: `Outcome ${row + 1}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`,
          });
      }
    }
  }
  return { outcomes, errors };
}

/** The form's answers with one more outcome row, or one fewer (never fewer than one). */
export function changeOutcomeRows(
  values: FormValues,
  change: { add: true } | { remove: number },
): FormValues {
  const count = outcomeRowCount(values);
  if ("add" in change)
    return {
      ...values,
      outcomeCount: String(Math.min(count + 1, maxOutcomes)),
    };
  const next: FormValues = { ...values };
  for (let row = change.remove; row < count; row++) {
    for (const field of outcomeFields) {
      const later = values[outcomeFieldName(row + 1, field)];
      if (later === undefined) delete next[outcomeFieldName(row, field)];
      else next[outcomeFieldName(row, field)] = later;
    }
  }
  next.outcomeCount = String(Math.max(count - 1, 1));
  return next;
}

/**
 * If the form was sent by "Add another measured result" or a row's "Remove", the answers with
 * that change made (to show the form again, storing nothing); otherwise null.
 */
export function outcomeRowsChanged(values: FormValues): FormValues | null {
  const intent = typeof values.intent === "string" ? values.intent : "";
  const { intent: _intent, ...answers } = values;
  if (intent === "add-outcome")
    return changeOutcomeRows(answers, { add: true });
  const removed = /^remove-outcome-(\d+)$/.exec(intent);
  return removed
    ? changeOutcomeRows(answers, { remove: Number(removed[1]) })
    : null;
}
