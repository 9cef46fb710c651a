"use client";

import { FormHeader } from "@/app/forms/form-header";
import { oneEmptyOutcome } from "@/app/forms/groups/measured-results";
import { PublishedWorkQuestions } from "@/app/forms/groups/published-work";
import { FormKey, type ExampleFormProps } from "@/app/forms/groups/sending";
import { useFormReply } from "@/app/forms/use-form-reply";
import { submitAdoptionReport } from "./actions";
import { ReportQuestions } from "./report-questions";

/** "We tried this too": a plain form post without JavaScript; with it, errors appear without a reload. */
export function TriedForm({
  slug,
  exampleTitle,
  submissionKey,
}: ExampleFormProps) {
  const { reply, form, fields, formProps } = useFormReply(
    submitAdoptionReport,
    { defaultValue: oneEmptyOutcome },
  );
  return (
    <>
      <FormHeader reply={reply} title={`We tried this too: ${exampleTitle}`} />
      <form {...formProps}>
        <input type="hidden" name="slug" value={slug} />
        <FormKey submissionKey={submissionKey} send="Send report" />
        <ReportQuestions fields={fields} />
        <PublishedWorkQuestions
          form={form}
          fields={fields}
          about="report"
          heading="Before you send"
          send="Send report"
        />
      </form>
    </>
  );
}
