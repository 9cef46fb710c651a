"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  fieldErrorsInOrder,
  formValues,
  honeypotField,
  type FormValues,
} from "@/app/forms/fields";
import { logger } from "@/app/logger";
import { clientAddress, spend } from "@/app/rate-limits";
import type { FieldError } from "@/components/error-summary";
import {
  findContactableWork,
  forwardContactMessage,
  type ContactTarget,
} from "@/db/mail";
import { contactFieldOrder, contactMessageSchema } from "./schema";

export type ContactState = { errors: FieldError[]; values: FormValues };

const cannotContact: FieldError = {
  field: "intent",
  message:
    "This team can no longer be contacted here. Your message has not been sent.",
};

/**
 * Forwards a member of staff's message to the team, by email, with their address to reply to.
 * The protections of every public form: the hidden field, a rate limit per client, the one-off
 * key; and a cap on what one team receives in a day.
 */
export async function sendContactMessage(
  _previous: ContactState,
  form: FormData,
): Promise<ContactState> {
  const values = formValues(form);
  const target: ContactTarget = {
    exampleSlug: String(values.slug ?? ""),
    reportReference:
      typeof values.report === "string" && values.report
        ? values.report
        : undefined,
  };
  const work = await findContactableWork(target);
  if (!work) return { errors: [cannotContact], values };
  const contactPage = `/examples/${work.exampleSlug}/contact`;
  const client = clientAddress(await headers());

  if (values[honeypotField]) {
    logger.info(
      { event: "contact.honeypot" },
      "Hidden field filled in: nothing sent",
    );
    await spend("contact", client);
    redirect(`${contactPage}/sent`);
  }
  const parsed = contactMessageSchema.safeParse(values);
  if (!parsed.success)
    return {
      errors: fieldErrorsInOrder(parsed.error, undefined, contactFieldOrder),
      values,
    };
  if ((await spend("contact", client)) !== null) {
    logger.info({ event: "contact.rate_limited" }, "Too many messages");
    redirect(`${contactPage}/too-many?from=you`);
  }
  const { submissionKey, ...from } = parsed.data;
  const result = await forwardContactMessage(
    target,
    {
      name: from.contactName,
      organisation: from.organisation,
      email: from.contactEmail,
      message: from.message,
    },
    submissionKey,
  );
  if (result === "not-contactable") return { errors: [cannotContact], values };
  if (result === "too-many") {
    logger.info(
      { event: "contact.team_limit", reference: work.reference },
      "This team has had its messages for today",
    );
    redirect(`${contactPage}/too-many?from=team`);
  }
  logger.info(
    { event: "contact.queued", reference: work.reference },
    "Message queued for the team",
  );
  redirect(`${contactPage}/sent`);
}
