import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import { z } from "zod";
import {
  Choices,
  FileInput,
  TextInput,
  Textarea,
} from "@/components/form-fields";
import { measureDirections, type MeasureDirection } from "@/db/options";
import {
  cleanText,
  keysOf,
  optionalNumber,
  optionalRows,
  optionsOf,
  plainText,
} from "../fields";
import {
  maxMeasurePoints,
  readDate,
  readMeasurePoints,
  type ReadPoint,
} from "../measure-points";
import { AddAnother } from "./add-another";

// "Results over time": as many measures as needed, each a name, a unit, which way is better, an
// optional target, and its points pasted or uploaded (date, value and a note if wanted), with the
// dates where a change started a new period. A Conform list named `measure`, so each problem reads
// "Measure 1: …" and links to measure-0-points.

/** More measures than any example needs; a form never offers more. */
const maxMeasures = 10;

const measureLimits = { name: 150, unit: 50, newPeriods: 500 } as const;

/** Largest value a form accepts: well past any real one. */
const maxValue = 1_000_000_000;

function shortText(field: keyof typeof measureLimits, empty?: string) {
  const rule = z
    .string()
    .max(
      measureLimits[field],
      `This must be ${measureLimits[field]} characters or fewer`,
    )
    .pipe(plainText("This"));
  return z.preprocess(
    cleanText,
    empty ? z.string({ error: empty }).min(1, empty).pipe(rule) : rule,
  );
}

/** The points as pasted or uploaded, read, or refused with the first rows to correct. */
const pointsAnswer = z.preprocess(
  cleanText,
  z
    .string({ error: "Enter the results, a date and a value on each line" })
    .min(1, "Enter the results, a date and a value on each line")
    // No limit in characters: the reader's limit in rows (and a note's length) bounds it.
    .pipe(plainText("The results", { multiline: true }))
    .transform((text, context): ReadPoint[] => {
      const read = readMeasurePoints(text);
      if (!read.ok) {
        const [first, ...more] = read.problems;
        context.addIssue({
          code: "custom",
          message:
            more.length === 0
              ? first!.message
              : `${first!.message}. ${more.length} more ${more.length === 1 ? "row needs" : "rows need"} correcting too`,
        });
        return z.NEVER;
      }
      if (read.points.length < 2) {
        context.addIssue({
          code: "custom",
          message: "Give at least 2 results, a date and a value on each line",
        });
        return z.NEVER;
      }
      const tooLarge = read.points.find(
        (point) => Math.abs(point.value) > maxValue,
      );
      if (tooLarge) {
        context.addIssue({
          code: "custom",
          message: `The value for ${tooLarge.date} is too large`,
        });
        return z.NEVER;
      }
      return read.points;
    }),
);

/** The dates a new period starts, separated by commas, semicolons or lines; none if left blank. */
const newPeriodsAnswer = shortText("newPeriods").transform(
  (text, context): string[] => {
    const dates: string[] = [];
    for (const given of text.split(/[,;\n]/)) {
      if (given.trim() === "") continue;
      const date = readDate(given);
      if (date === null) {
        context.addIssue({
          code: "custom",
          message: `‘${given.trim()}’ is not a date. Use a date like 2024-03-01, 01/03/2024 or Mar 2024`,
        });
        return z.NEVER;
      }
      dates.push(date);
    }
    return dates;
  },
);

const measureSchema = z
  .object({
    name: shortText("name", "Enter what was measured"),
    unit: shortText("unit", "Enter the unit, like days, % or patients"),
    better: z.enum(keysOf(measureDirections), {
      error: "Select which way is better",
    }),
    target: optionalNumber(
      z
        .number({ error: "Enter the target as a number, like 10 or 92.5" })
        .min(-maxValue, "The target is too large")
        .max(maxValue, "The target is too large"),
    ),
    points: pointsAnswer,
    // Set only when the file chosen could not be read (readMeasureFiles), to say why.
    pointsFile: z
      .string()
      .optional()
      .superRefine((problem, context) => {
        if (problem !== undefined && isFileProblem(problem))
          context.addIssue({
            code: "custom",
            message: fileProblems[problem],
          });
      }),
    newPeriods: newPeriodsAnswer,
  })
  .superRefine(({ points, newPeriods }, context) => {
    const dates = points.map((point) => point.date);
    for (const date of newPeriods) {
      const at = dates.indexOf(date);
      if (at === -1 || at === 0)
        context.addIssue({
          code: "custom",
          path: ["newPeriods"],
          message:
            at === 0
              ? `A new period cannot start at the first result (${date})`
              : `${date} is not one of the dates of the results`,
        });
    }
  })
  .transform(
    ({ points, newPeriods, pointsFile: _, ...measure }): MeasureAnswer => ({
      ...measure,
      points: points.map((point) => ({
        ...point,
        rebase: newPeriods.includes(point.date),
      })),
    }),
  );

/** A measure as the form gives it to be stored. */
export type MeasureAnswer = {
  name: string;
  unit: string;
  better: MeasureDirection;
  target: number | null;
  points: (ReadPoint & { rebase: boolean })[];
};

/** A measure as the form sends it (the file is read into `points` before the form is). */
export type PostedMeasure = Partial<
  Record<
    | "name"
    | "unit"
    | "better"
    | "target"
    | "points"
    | "pointsFile"
    | "newPeriods",
    string
  >
>;

export const resultsOverTimeAnswers = {
  measure: optionalRows<PostedMeasure, typeof measureSchema>(
    measureSchema,
    maxMeasures,
    `Give at most ${maxMeasures} measures over time`,
  ),
};

/** A stored measure as its form shows it: the points one a line, tab-separated, as a spreadsheet pastes them. */
export function postedMeasure(measure: MeasureAnswer): PostedMeasure {
  return {
    name: measure.name,
    unit: measure.unit,
    better: measure.better,
    target: measure.target === null ? "" : String(measure.target),
    points: measure.points
      .map((point) =>
        [point.date, point.value, point.note ?? ""].join("\t").trimEnd(),
      )
      .join("\n"),
    newPeriods: measure.points
      .filter((point) => point.rebase)
      .map((point) => point.date)
      .join(", "),
  };
}

/** The largest CSV file read: its most points with long notes, and a little more. */
const maxFileBytes = 200 * 1024;

const fileProblems = {
  "too-large": `The file is too large. A measure can have at most ${maxMeasurePoints.toLocaleString("en-GB")} points`,
  "not-text":
    "The file is not a CSV file. Save it from your spreadsheet as CSV and choose it again",
};

// Its own keys only: a file that says "toString" is text, not a problem.
const isFileProblem = (text: string): text is keyof typeof fileProblems =>
  Object.hasOwn(fileProblems, text);

/**
 * A measure's CSV file, read into its `points` before the form is (a file replaces what was
 * pasted). A file that is too large or is not text leaves `pointsFile` naming its problem, which
 * the form shows beside the file; the rest of the form is kept.
 */
export async function readMeasureFiles(form: FormData): Promise<FormData> {
  const read = new FormData();
  const files = new Map<string, string>();
  for (const [name, value] of form.entries()) {
    const row = /^(measure\[\d+\])\.pointsFile$/.exec(name);
    if (!row || typeof value === "string" || value.size === 0) continue;
    const text = await fileText(value);
    // A problem stays under the file's own name; the text replaces what was pasted.
    files.set(isFileProblem(text) ? name : `${row[1]}.points`, text);
  }
  for (const [name, value] of form.entries())
    if (!name.endsWith(".pointsFile") && !files.has(name))
      read.append(name, value);
  for (const [name, text] of files) read.append(name, text);
  return read;
}

async function fileText(file: File): Promise<string> {
  if (file.size > maxFileBytes) return "too-large";
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(
      await file.arrayBuffer(),
    );
    if (!text.includes("\u0000")) return text;
  } catch {
    // Not UTF-8.
  }
  return "not-text";
}

/** Measures over time, as many as needed ("add another measure"); none until one is added. */
export function ResultsOverTimeQuestions({
  form,
  field,
}: {
  form: FormMetadata;
  field: FieldMetadata<PostedMeasure[] | undefined>;
}) {
  return (
    <>
      <h2 className="nhsuk-heading-m">Results over time (optional)</h2>
      <p>
        If you measured something every month or every week, before and after
        the change, give the results. The page shows them as a statistical
        process control chart, the way NHS boards read their figures.
      </p>
      <AddAnother
        form={form}
        field={field}
        noun="Measure"
        most={maxMeasures}
        addLabel={(rows) =>
          rows === 0 ? "Add a measure over time" : "Add another measure"
        }
      >
        {(answers) => (
          <>
            <TextInput
              field={answers.name}
              label="What was measured"
              hint="For example, average length of stay"
            />
            <TextInput
              field={answers.unit}
              label="Unit"
              hint="For example, days, % or patients"
              widthClass="nhsuk-input--width-20"
            />
            <Choices
              type="radio"
              field={answers.better}
              legend="Which way is better?"
              options={optionsOf(measureDirections)}
              small
            />
            <TextInput
              field={answers.target}
              label="Target (optional)"
              hint="Only if there is one, in the same unit"
              inputMode="decimal"
              widthClass="nhsuk-input--width-10"
            />
            <Textarea
              field={answers.points}
              label="Results"
              hint={`A date and a value on each line, as you would copy two columns from a spreadsheet. Dates like 2024-03-01, 01/03/2024 or Mar 2024. A third column is a note about that point. At most ${maxMeasurePoints.toLocaleString("en-GB")} lines.`}
              rows={8}
              maxLength={null}
              spellCheck={false}
            />
            <FileInput
              field={answers.pointsFile}
              label="Or choose a CSV file (optional)"
              hint="The same columns, saved from your spreadsheet as CSV. It replaces anything in the box above."
              accept=".csv,text/csv,.txt,text/plain"
            />
            <TextInput
              field={answers.newPeriods}
              label="When did a change start a new period? (optional)"
              hint="The date of the first result after the change, for example Apr 2024. The limits are worked out again from there. Separate more than one with commas."
            />
          </>
        )}
      </AddAnother>
    </>
  );
}
