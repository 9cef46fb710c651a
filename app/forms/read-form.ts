import "server-only";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import type { FormReply } from "./form-reply";

// Reading a form post and answering it, the same way for every form: Conform reads the fields
// (repeated names as lists, rows as `outcome[0].measure`, its list intents for "add another"),
// the form's zod schema checks them, and the reply lists the problems in the order the form asks
// its questions, which is the order of the schema's keys.

/** A problem to answer with: of one question (`field`), or of the whole form. */
export type Problem = { field?: string; message: string };

/**
 * Reads a posted form with its schema. The schema reads the text as sent (our rules say what an
 * empty box or a ticked "yes" means), so Conform's own coercion is off. A problem in a row of a
 * list starts with the row: "Outcome 2: enter what was measured".
 */
export function readForm<Schema extends z.ZodType>(
  form: FormData,
  schema: Schema,
) {
  return parseWithZod(readableFields(form), {
    schema,
    disableAutoCoercion: true,
    formatError: (issues: readonly z.core.$ZodIssue[]) =>
      issues.map((issue) => withRow(issue.path, issue.message)),
  });
}

type Submission = ReturnType<typeof readForm>;

/** Whether the post came from an "add another" or "remove" button: Conform gives it no status. */
export const changesRows = (submission: Submission) =>
  submission.status === undefined;

/**
 * The reply to a form that is shown again: after a row was added or removed, the answers with
 * that change and no problems yet; with `problem` (a refusal, or the service being unavailable),
 * the answers and that problem alone; otherwise the answers with each problem, in the form's order.
 */
export function answer<Schema extends z.ZodType>(
  submission: Submission,
  schema: Schema,
  problem?: Problem,
): FormReply<z.input<Schema>> {
  const reply = submission.reply({ hideFields: secretFields });
  if (changesRows(submission)) return { ...reply, error: undefined };
  if (problem)
    return {
      ...reply,
      status: "error",
      error: { [problem.field ?? ""]: [problem.message] },
    };
  const order = questionOrder(schema);
  const error = Object.entries(reply.error ?? {}).sort(([one], [other]) =>
    compare(placeOf(one, order), placeOf(other, order)),
  );
  return { ...reply, error: Object.fromEntries(error) };
}

/** A form of one question: its first problem, whichever part of the post it was found in. */
export function onlyProblem(submission: Submission): string | undefined {
  const errors: Record<string, string[] | null> =
    submission.status === "success" ? {} : (submission.error ?? {});
  return Object.values(errors).find(Boolean)?.[0];
}

/** Passwords and security codes are never sent back to the page. */
const secretFields = ["password", "confirmPassword", "code"];

/** More rows than any list on any form has; a field named past it is not read. */
const maxRows = 1000;

// Next.js adds its own fields to a form that posts to a server action. A made-up name such as
// outcome[999999999].measure would make a list of a billion rows to check.
function readableFields(form: FormData): FormData {
  const fields = new FormData();
  for (const [name, value] of form.entries())
    if (
      !name.startsWith("$ACTION") &&
      [...name.matchAll(/\[(\d+)\]/g)].every((row) => Number(row[1]) < maxRows)
    )
      fields.append(name, value);
  return fields;
}

function withRow(path: readonly PropertyKey[], message: string): string {
  const row = path.findIndex((part) => typeof part === "number");
  if (row < 1) return message;
  const list = String(path[row - 1]);
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} ${Number(path[row]) + 1}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

/**
 * The questions of a schema in the order of its keys, rows of a list written `outcome[].measure`.
 * Reads zod's own description of the schema, through preprocessing, refinements and optional
 * values.
 */
function questionOrder(schema: z.ZodType): string[] {
  const names: string[] = [];
  (function walk(node: z.core.$ZodType, name: string) {
    const def = node._zod.def as z.core.$ZodTypeDef & {
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
      in?: z.core.$ZodType;
      out?: z.core.$ZodType;
      innerType?: z.core.$ZodType;
    };
    if (def.shape)
      for (const [key, inner] of Object.entries(def.shape))
        walk(inner, name ? `${name}.${key}` : key);
    else if (def.element) {
      names.push(name);
      walk(def.element, `${name}[]`);
    } else if (def.in && def.out)
      // A preprocessed value is a pipe from a transform; a transformed one, a pipe to one.
      walk(def.in._zod.def.type === "transform" ? def.out : def.in, name);
    else if (def.innerType) walk(def.innerType, name);
    else names.push(name);
  })(schema, "");
  return names;
}

/** Where a field's problem goes: its question's place, and its row's, part by part. */
function placeOf(name: string, order: string[]): number[] {
  const place: number[] = [];
  let question = "";
  for (const part of name.split(/\.|(?=\[)/)) {
    const row = /^\[(\d+)\]$/.exec(part);
    question = row ? `${question}[]` : question ? `${question}.${part}` : part;
    place.push(
      row
        ? Number(row[1])
        : order.findIndex(
            (known) => known === question || known.startsWith(`${question}.`),
          ),
    );
  }
  return place;
}

function compare(one: number[], other: number[]): number {
  const differs = one.findIndex((part, i) => part !== other[i]);
  return differs === -1
    ? one.length - other.length
    : one[differs]! - (other[differs] ?? -Infinity);
}
