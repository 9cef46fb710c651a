import type { SubmissionResult } from "@conform-to/react";
import type { z } from "zod";
import type { FieldError } from "@/components/error-summary";

// What a form's server action sends back, as Conform writes it (submission.reply()), and how the
// pages read it. Browser-safe.

declare const answersOf: unique symbol;

/**
 * The answers as sent and their problems, in the order the form asks its questions. `Answers` is
 * the form's schema input, carried in the type only, so that a form's fields are typed by its
 * action's reply without the schema reaching the browser.
 */
export type FormReply<Answers = unknown> = SubmissionResult<string[]> & {
  readonly [answersOf]?: Answers;
};

/** The reply of a form read with `Schema`. */
export type ReplyTo<Schema extends z.ZodType> = FormReply<z.input<Schema>>;

/** A field as the components take it: Conform's metadata, or a plain name for a form of one box. */
export type FormField = {
  name: string;
  errors?: string[];
  initialValue?: unknown;
};

/** The name a problem of the whole form (a refusal, not one answer) is listed under. */
export const formProblem = "intent";

/**
 * A field's id: its name, with a row's place written plainly (outcome[0].before is
 * outcome-0-before), so that the error summary's links read well and stay as they were.
 */
export function fieldId(name: string): string {
  return name.replace(/\[(\d+)\]\.?/g, "-$1-").replace(/-$/, "") || formProblem;
}

/** The first problem of each question in a reply, in the reply's order, for the error summary. */
export function problemsIn(reply: FormReply | undefined): FieldError[] {
  return Object.entries(reply?.error ?? {}).flatMap(([name, messages]) =>
    messages?.[0] ? [{ field: fieldId(name), message: messages[0] }] : [],
  );
}

/** The reply's problem with the whole form, such as "this example is no longer published". */
export function formProblemIn(
  reply: FormReply | undefined,
): string | undefined {
  return reply?.error?.[""]?.[0] ?? undefined;
}
