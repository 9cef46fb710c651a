"use client";

import { useActionState } from "react";
import { fieldLimits, oneValue } from "@/app/forms/fields";
import { EnterSends, HoneypotField } from "@/app/forms/outcome-questions";
import { ErrorSummary } from "@/components/error-summary";
import { ErrorMessage, Textarea, TextInput } from "@/components/form-fields";
import { serviceName } from "@/components/site-header";
import { sendContactMessage, type ContactState } from "./actions";

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
  const [state, formAction] = useActionState<ContactState, FormData>(
    sendContactMessage,
    { errors: [], values: { submissionKey } },
  );
  const errors = Object.fromEntries(
    state.errors.map(({ field, message }) => [field, message]),
  );
  const values = state.values;
  return (
    <>
      <title>{`${state.errors.length > 0 ? "Error: " : ""}${heading} – ${serviceName}`}</title>
      <ErrorSummary errors={state.errors} />
      <ErrorMessage name="intent" error={errors.intent} />
      <form action={formAction} noValidate>
        <input type="hidden" name="slug" value={slug} />
        {report ? <input type="hidden" name="report" value={report} /> : null}
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <EnterSends label="Send message" />
        <TextInput
          name="contactName"
          label="Your name"
          autoComplete="name"
          spellCheck={false}
          defaultValue={oneValue(values.contactName)}
          error={errors.contactName}
        />
        <TextInput
          name="organisation"
          label="Your NHS organisation"
          hint="For example, the trust, practice or integrated care board you work for"
          autoComplete="organization"
          defaultValue={oneValue(values.organisation)}
          error={errors.organisation}
        />
        <TextInput
          name="contactEmail"
          label="Your work email address"
          hint="The team will reply to this address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={oneValue(values.contactEmail)}
          error={errors.contactEmail}
        />
        <Textarea
          name="message"
          label="Your message"
          hint="Do not include any patient information"
          maxLength={fieldLimits.message}
          rows={8}
          defaultValue={oneValue(values.message)}
          error={errors.message}
        />
        <HoneypotField />
        <button
          className="nhsuk-button"
          data-module="nhsuk-button"
          data-prevent-double-click="true"
          type="submit"
        >
          Send message
        </button>
      </form>
    </>
  );
}
