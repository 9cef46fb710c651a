import "server-only";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { logger } from "@/app/logger";
import { clientAddress, spend } from "@/app/rate-limits";
import { findExampleRoute, type ExampleWithThemes } from "@/db/catalogue";
import { isDatabaseReachable } from "@/db/ops";
import type { FormReply } from "./form-reply";
import { honeypotField } from "./fields";
import { readMeasureFiles } from "./groups/results-over-time";
import { answer, changesRows, readForm, type Problem } from "./read-form";

/** The reply, and why the form is shown again instead of going to its confirmation. */
export type ShownAgain<Input> = {
  reply: FormReply<Input>;
  /** "rows" when a row was added or removed, "invalid" when an answer needs fixing. */
  because: "rows" | "invalid" | "refused";
};

// Forms whose answers are published also confirm they can be shared; a claim is not published.
type Sent = { submissionKey: string; confirmation?: unknown };

/**
 * What every public form does with what is sent, in this order: add or remove a row and show the
 * form again; check that it can still be sent (`check`); turn a bot that filled the
 * hidden field away (it sees the confirmation, nothing is stored); check every answer with the
 * form's zod schema; find a copy already stored under the form's one-off key (a double click or a
 * refresh); take one of the client's submission allowance; store it. Goes to the confirmation, or
 * returns the answers with their problems in the form's order. While the database cannot be
 * reached, returns the answers as typed with "the service is unavailable".
 */
export async function receivePublicForm<Schema extends z.ZodType<Sent>>(
  sent: FormData,
  handling: PublicFormHandling<Schema>,
): Promise<ShownAgain<z.input<Schema>>> {
  const form = await readMeasureFiles(sent);
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
    // Not even the form's schema can be made without the database: the answers go back as sent.
    const asSent = z.object({});
    return {
      reply: answer(readForm(form, asSent), asSent, {
        message:
          "Sorry, the service is unavailable. Your answers have not been sent. Try again in a few minutes.",
      }) as FormReply<z.input<Schema>>,
      because: "refused",
    };
  }
}

type PublicFormHandling<Schema extends z.ZodType<Sent>> = {
  /** The log events' prefix: "submission" or "report". */
  event: string;
  /** The form's schema, or how to make it from the database (such as the themes there are). */
  schema: Schema | (() => Promise<Schema>);
  /** The confirmation page's address. */
  confirmation: string;
  /** A reason it can no longer be sent, checked before anything else. */
  check?: () => Promise<Problem | null>;
  findStored: (submissionKey: string) => Promise<string | null>;
  /** Stores it; returns its reference (and what else to log), or why it was refused. */
  store: (
    answers: Omit<z.output<Schema>, "confirmation">,
  ) => Promise<
    | { reference: string; logged?: Record<string, string> }
    | { refused: Problem }
  >;
};

const schemaOf = async <Schema extends z.ZodType<Sent>>({
  schema,
}: PublicFormHandling<Schema>): Promise<Schema> =>
  typeof schema === "function" ? await schema() : schema;

async function receive<Schema extends z.ZodType<Sent>>(
  form: FormData,
  handling: PublicFormHandling<Schema>,
): Promise<ShownAgain<z.input<Schema>>> {
  const { event, confirmation, check, findStored, store } = handling;
  const schema = await schemaOf(handling);
  const submission = readForm(form, schema);
  if (changesRows(submission))
    return { reply: answer(submission, schema), because: "rows" };
  const refused = await check?.();
  if (refused)
    return { reply: answer(submission, schema, refused), because: "refused" };
  const client = clientAddress(await headers());

  if (form.get(honeypotField)) {
    logger.info(
      { event: `${event}.honeypot` },
      "Hidden field filled in: nothing stored",
    );
    await spend("submission", client);
    redirect(confirmation);
  }

  if (submission.status !== "success")
    return { reply: answer(submission, schema), because: "invalid" };

  const { confirmation: _confirmed, ...answers } = submission.value;
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
    const stored = await store(answers);
    if ("refused" in stored)
      return {
        reply: answer(submission, schema, stored.refused),
        because: "refused",
      };
    reference = stored.reference;
    logger.info(
      { event: `${event}.stored`, reference, ...stored.logged },
      "Stored as pending, for a moderator",
    );
  }
  redirect(`${confirmation}?reference=${reference}`);
}

/**
 * A public form about one published example ("we tried this too", a claim): refused with `refusal`
 * once the example is no longer published or no longer takes it (`takes`); stored under it.
 */
export async function receiveExampleForm<Schema extends z.ZodType<Sent>>(
  form: FormData,
  {
    takes = () => true,
    refusal,
    confirmation,
    create,
    ...handling
  }: Omit<PublicFormHandling<Schema>, "check" | "store" | "confirmation"> & {
    takes?: (example: ExampleWithThemes) => boolean;
    refusal: Problem;
    /** The confirmation page, below the example's address. */
    confirmation: string;
    create: (
      exampleId: number,
      answers: Omit<z.output<Schema>, "confirmation">,
    ) => Promise<{ ok: true; reference: string } | { ok: false }>;
  },
): Promise<FormReply<z.input<Schema>>> {
  const route = await findExampleRoute(String(form.get("slug") ?? ""));
  const example =
    route.kind === "published" && takes(route.example) ? route.example : null;
  const { reply } = await receivePublicForm(form, {
    ...handling,
    confirmation: `/examples/${example?.slug}/${confirmation}`,
    check: async () => (example ? null : refusal),
    async store(answers) {
      const created = await create(example!.id, answers);
      return created.ok
        ? {
            reference: created.reference,
            logged: { example: example!.reference },
          }
        : { refused: refusal };
    },
  });
  return reply;
}
