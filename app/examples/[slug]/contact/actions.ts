"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { honeypotField } from "@/app/forms/fields";
import type { ReplyTo } from "@/app/forms/form-reply";
import { answer, readForm, type Problem } from "@/app/forms/read-form";
import { logger } from "@/app/logger";
import { clientAddress, spend } from "@/app/rate-limits";
import {
  findContactableWork,
  forwardContactMessage,
  type ContactTarget,
} from "@/db/mail";
import { contactMessageSchema } from "./schema";

type ContactReply = ReplyTo<typeof contactMessageSchema>;

const cannotContact: Problem = {
  message:
    "This team can no longer be contacted here. Your message has not been sent.",
};

/**
 * Forwards a member of staff's message to the team, by email, with their address to reply to.
 * The protections of every public form: the hidden field, a rate limit per client, the one-off
 * key; and a cap on what one team receives in a day.
 */
export async function sendContactMessage(
  _previous: ContactReply | undefined,
  form: FormData,
): Promise<ContactReply> {
  const submission = readForm(form, contactMessageSchema);
  const report = form.get("report");
  const target: ContactTarget = {
    exampleSlug: String(form.get("slug") ?? ""),
    reportReference: typeof report === "string" && report ? report : undefined,
  };
  const work = await findContactableWork(target);
  if (!work) return answer(submission, contactMessageSchema, cannotContact);
  const contactPage = `/examples/${work.exampleSlug}/contact`;
  const client = clientAddress(await headers());

  if (form.get(honeypotField)) {
    logger.info(
      { event: "contact.honeypot" },
      "Hidden field filled in: nothing sent",
    );
    await spend("contact", client);
    redirect(`${contactPage}/sent`);
  }
  if (submission.status !== "success")
    return answer(submission, contactMessageSchema);
  if ((await spend("contact", client)) !== null) {
    logger.info({ event: "contact.rate_limited" }, "Too many messages");
    redirect(`${contactPage}/too-many?from=you`);
  }
  const { submissionKey, ...from } = submission.value;
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
  if (result === "not-contactable")
    return answer(submission, contactMessageSchema, cannotContact);
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
