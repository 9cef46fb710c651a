"use client";

import { FormHeader } from "@/app/forms/form-header";
import {
  AboutYouQuestions,
  moderatorsAsk,
  ReachYouQuestions,
} from "@/app/forms/groups/about-you";
import { CostQuestions } from "@/app/forms/groups/cost";
import {
  MeasuredResultsQuestions,
  oneEmptyOutcome,
} from "@/app/forms/groups/measured-results";
import { BeforeSending, FormKey } from "@/app/forms/groups/sending";
import { useFormReply } from "@/app/forms/use-form-reply";
import { submitAdoptionReport } from "./actions";
import { ReportQuestions } from "./report-questions";

/** "We tried this too": a plain form post without JavaScript; with it, errors appear without a reload. */
export function TriedForm({
  slug,
  exampleTitle,
  submissionKey,
}: {
  slug: string;
  exampleTitle: string;
  submissionKey: string;
}) {
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
        <MeasuredResultsQuestions form={form} field={fields.outcome} />
        <CostQuestions fields={fields} />
        <h2 className="nhsuk-heading-m">About you</h2>
        <AboutYouQuestions
          fields={fields}
          emailHint={moderatorsAsk("report")}
        />
        <ReachYouQuestions fields={fields} about="report" />
        <BeforeSending
          fields={fields}
          about="report"
          heading="Before you send"
          send="Send report"
        />
      </form>
    </>
  );
}
