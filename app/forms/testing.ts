import type { z } from "zod";
import { problemsIn } from "./form-reply";
import { answer, readForm } from "./read-form";

// For tests: a form post made from answers, and what the page would show for it.

/** A form post: each answer a field, a list as repeated fields. */
export function posted(answers: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(answers))
    for (const one of Array.isArray(value) ? value : [value])
      form.append(name, one);
  return form;
}

/** The problems the error summary would list for these answers, in its order. */
export function problemsFor(
  schema: z.ZodType,
  answers: Record<string, string | string[]>,
) {
  return problemsIn(answer(readForm(posted(answers), schema), schema));
}

/** The answers as the schema reads them from a post, or its problems. */
export function read<Schema extends z.ZodType>(
  schema: Schema,
  answers: Record<string, string | string[]>,
) {
  const submission = readForm(posted(answers), schema);
  return submission.status === "success"
    ? { value: submission.value as z.output<Schema>, problems: [] }
    : { value: null, problems: problemsFor(schema, answers) };
}

/** A submission every rule accepts, for a test to change one answer of. */
export const validSubmission = {
  title: "Ward huddles",
  summary: "A daily huddle.",
  problem: "Delays.",
  approach: "Huddles.",
  impact: "Fewer delays.",
  themes: "patient-flow",
  careSetting: "acute",
  contactName: "Sam",
  contactEmail: "sam@nhs.net",
  confirmation: "yes",
  submissionKey: "0b6f1d5e-8d0a-4c55-9a43-3f1e0a9d2c11",
};

/** Rows of a list as the form names them: `outcome[0].measure` and so on. */
export const listRows = (list: string, ...rows: Record<string, string>[]) =>
  Object.fromEntries(
    rows.flatMap((row, n) =>
      Object.entries(row).map(([field, value]) => [
        `${list}[${n}].${field}`,
        value,
      ]),
    ),
  );
