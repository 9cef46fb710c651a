import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import { z } from "zod";
import { TextInput } from "@/components/form-fields";
import { AddAnother } from "./add-another";
import { cleanText, optionalRows, plainText, readNumber } from "../fields";

// "Measured results": as many rows as needed, each a measure before and after the change. The rows
// are a Conform list named `outcome` (outcome[0].measure), so each problem reads "Outcome 1: …"
// and links to outcome-0-measure.

/** More rows than any example needs; a form never offers more. */
const maxOutcomes = 10;

const outcomeLimits = { measure: 150, unit: 50, period: 100 } as const;

/** Largest figure a form accepts: well past any real one. */
const maxFigure = 1_000_000_000;

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
const outcomeSchema = z.object({
  measure: shortText("measure", "Enter what was measured"),
  before: figure("before the change"),
  after: figure("after the change"),
  unit: shortText("unit", "Enter the unit, like days, % or patients a month"),
  period: shortText(
    "period",
    "Enter when it was measured, like April to September 2024",
  ),
});
type OutcomeInput = z.output<typeof outcomeSchema>;

/** A row as the form sends it. */
export type PostedOutcome = Partial<Record<keyof OutcomeInput, string>>;

/** The rows sent, checked in place (so problems keep their row), those left blank ignored. */
export const measuredResultsAnswers = {
  outcome: optionalRows<PostedOutcome, typeof outcomeSchema>(
    outcomeSchema,
    maxOutcomes,
    `Give at most ${maxOutcomes} measured results`,
  ),
};

/** What the form shows before anything is sent: one empty row. */
export const oneEmptyOutcome: { outcome: PostedOutcome[] } = {
  outcome: [{ measure: "" }],
};

const outcomeQuestions: {
  field: keyof OutcomeInput;
  label: string;
  hint?: string;
  figure?: true;
}[] = [
  {
    field: "measure",
    label: "What was measured",
    hint: "For example, average length of stay",
  },
  { field: "before", label: "Before the change", figure: true },
  { field: "after", label: "After the change", figure: true },
  {
    field: "unit",
    label: "Unit",
    hint: "For example, days, % or patients a month",
  },
  {
    field: "period",
    label: "When it was measured",
    hint: "For example, April to September 2024",
  },
];

/** Measured outcomes, as many as needed ("add another"); the form always shows one row. */
export function MeasuredResultsQuestions({
  form,
  field,
}: {
  form: FormMetadata;
  field: FieldMetadata<PostedOutcome[] | undefined>;
}) {
  return (
    <>
      <h2 className="nhsuk-heading-m">Measured results (optional)</h2>
      <p>
        If you measured something before and after the change, give the figures.
        Leave this blank if you did not.
      </p>
      <AddAnother
        form={form}
        field={field}
        noun="Measured result"
        most={maxOutcomes}
        addLabel={() => "Add another measured result"}
        keepOne
      >
        {(answers) =>
          outcomeQuestions.map((question) => (
            <TextInput
              key={question.field}
              field={answers[question.field]}
              label={question.label}
              hint={question.hint}
              inputMode={question.figure ? "decimal" : undefined}
              widthClass={question.figure ? "nhsuk-input--width-10" : undefined}
            />
          ))
        }
      </AddAnother>
    </>
  );
}
