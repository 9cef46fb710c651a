import "server-only";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { logger } from "@/app/logger";
import { clientAddress, spend } from "@/app/rate-limits";
import { isDatabaseReachable } from "@/db/ops";
import type { FieldError } from "@/components/error-summary";
import {
  fieldErrorsInOrder,
  formValues,
  honeypotField,
  withOutcomeErrors,
  type FormValues,
} from "./fields";
import {
  outcomeRowsChanged,
  readOutcomes,
  type OutcomeInput,
} from "./outcomes";

/** Why a public form is shown again instead of going to its confirmation. */
export type ShownAgain = {
  errors: FieldError[];
  values: FormValues;
  /** "rows" when an outcome row was added or removed, "invalid" when an answer needs fixing. */
  because: "rows" | "invalid" | "refused";
};

// Forms whose answers are published also confirm they can be shared; a claim is not published.
type Sent = { submissionKey: string; confirmation?: unknown };

/**
 * What every public form does with what is sent, in this order: add or remove an outcome row and
 * show the form again; check that it can still be sent (`check`); turn a bot that filled the
 * hidden field away (it sees the confirmation, nothing is stored); check every answer with the
 * form's zod schema; find a copy already stored under the form's one-off key (a double click or a
 * refresh); take one of the client's submission allowance; store it. Goes to the confirmation, or
 * returns the answers with their problems in the form's order. While the database cannot be
 * reached, returns the answers as typed with "the service is unavailable".
 */
export async function receivePublicForm<Answers extends Sent>(
  form: FormData,
  handling: PublicFormHandling<Answers>,
): Promise<ShownAgain> {
  try {
    return await receive(form, handling);
  } catch (error) {
    // Next's redirect to the confirmation is thrown; it must reach Next.
    unstable_rethrow(error);
    if (await isDatabaseReachable()) throw error;
    // The answers come back as they were typed, with the reason nothing was sent.
    logger.warn(
      { event: `${handling.event}.unavailable` },
      "The database could not be reached: nothing stored",
    );
    return {
      errors: [
        {
          field: handling.fieldOrder[0] ?? "",
          message:
            "Sorry, the service is unavailable. Your answers have not been sent. Try again in a few minutes.",
        },
      ],
      values: formValues(form),
      because: "refused",
    };
  }
}

type PublicFormHandling<Answers extends Sent> = {
  /** The log events' prefix: "submission" or "report". */
  event: string;
  /** The form's schema, or how to make it from the database (such as the themes there are). */
  schema: z.ZodType<Answers> | (() => Promise<z.ZodType<Answers>>);
  fieldOrder: readonly string[];
  /** The confirmation page's address. */
  confirmation: string;
  /** A reason it can no longer be sent, checked before anything else. */
  check?: () => Promise<FieldError | null>;
  findStored: (submissionKey: string) => Promise<string | null>;
  /** Stores it; returns its reference (and what else to log), or why it was refused. */
  store: (
    answers: Omit<Answers, "confirmation">,
    outcomes: OutcomeInput[],
  ) => Promise<
    | { reference: string; logged?: Record<string, string> }
    | { refused: FieldError }
  >;
};

async function receive<Answers extends Sent>(
  form: FormData,
  {
    event,
    schema,
    fieldOrder,
    confirmation,
    check,
    findStored,
    store,
  }: PublicFormHandling<Answers>,
): Promise<ShownAgain> {
  const values = formValues(form);
  const changedRows = outcomeRowsChanged(values);
  if (changedRows) return { errors: [], values: changedRows, because: "rows" };
  const refused = await check?.();
  if (refused) return { errors: [refused], values, because: "refused" };
  const client = clientAddress(await headers());

  if (values[honeypotField]) {
    logger.info(
      { event: `${event}.honeypot` },
      "Hidden field filled in: nothing stored",
    );
    await spend("submission", client);
    redirect(confirmation);
  }

  const parsed = (
    typeof schema === "function" ? await schema() : schema
  ).safeParse(values);
  const measured = readOutcomes(values);
  if (!parsed.success || measured.errors.length > 0)
    return {
      errors: withOutcomeErrors(
        parsed.success
          ? []
          : fieldErrorsInOrder(parsed.error, undefined, fieldOrder),
        measured.errors,
        fieldOrder,
      ),
      values,
      because: "invalid",
    };

  const { confirmation: _confirmed, ...answers } = parsed.data;
  let reference = await findStored(answers.submissionKey);
  if (!reference) {
    // Only what would be stored counts towards the limit, not a form with mistakes.
    if ((await spend("submission", client)) !== null) {
      logger.info(
        { event: `${event}.rate_limited` },
        "Too many submissions: nothing stored",
      );
      redirect("/submit/too-many");
    }
    const stored = await store(answers, measured.outcomes);
    if ("refused" in stored)
      return { errors: [stored.refused], values, because: "refused" };
    reference = stored.reference;
    logger.info(
      { event: `${event}.stored`, reference, ...stored.logged },
      "Stored as pending, for a moderator",
    );
  }
  redirect(`${confirmation}?reference=${reference}`);
}
