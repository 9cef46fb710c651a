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
