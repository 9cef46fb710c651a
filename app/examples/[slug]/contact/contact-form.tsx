"use client";

import { FormHeader } from "@/app/forms/form-header";
import { AboutYouQuestions } from "@/app/forms/groups/about-you";
import { FormKey, SendButton } from "@/app/forms/groups/sending";
import { useFormReply } from "@/app/forms/use-form-reply";
import { Textarea } from "@/components/form-fields";
import { sendContactMessage } from "./actions";

/** "Contact the team": a plain form post without JavaScript; with it, errors appear without a reload. */
export function ContactForm({
  slug,
  report,
  heading,
  submissionKey,
}: {
  slug: string;
  /** The report's reference, when the message is to the team that tried the example. */
  report: string | null;
  heading: string;
  submissionKey: string;
}) {
  const { reply, fields, formProps } = useFormReply(sendContactMessage);
  return (
    <>
      <FormHeader reply={reply} title={heading} />
      <form {...formProps}>
        <input type="hidden" name="slug" value={slug} />
        {report ? <input type="hidden" name="report" value={report} /> : null}
        <FormKey submissionKey={submissionKey} send="Send message" />
        <AboutYouQuestions
          fields={fields}
          organisationHint="For example, the trust, practice or integrated care board you work for"
          emailHint="The team will reply to this address"
        />
        <Textarea
          field={fields.message}
          label="Your message"
          hint="Do not include any patient information"
          rows={8}
        />
        <SendButton send="Send message" />
      </form>
    </>
  );
}
