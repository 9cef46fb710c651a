"use client";

import { useActionState } from "react";
import {
  ContactQuestions,
  EmailUpdatesQuestion,
} from "@/app/submit/example-questions";
import {
  BeforeSending,
  EnterSends,
  OutcomeQuestions,
  ResourceQuestions,
} from "@/app/forms/outcome-questions";
import { ErrorSummary } from "@/components/error-summary";
import { ErrorMessage } from "@/components/form-fields";
import { serviceName } from "@/components/site-header";
import { submitAdoptionReport, type TriedState } from "./actions";
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
  const [state, formAction] = useActionState<TriedState, FormData>(
    submitAdoptionReport,
    { errors: [], values: { submissionKey } },
  );
  const errors = Object.fromEntries(
    state.errors.map(({ field, message }) => [field, message]),
  );
  const values = state.values;

  return (
    <>
      <title>{`${state.errors.length > 0 ? "Error: " : ""}We tried this too: ${exampleTitle} – ${serviceName}`}</title>
      <ErrorSummary errors={state.errors} />
      <ErrorMessage name="intent" error={errors.intent} />
      <form action={formAction} noValidate>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <EnterSends label="Send report" />
        <ReportQuestions values={values} errors={errors} />
        <OutcomeQuestions values={values} errors={errors} />
        <ResourceQuestions values={values} errors={errors} />
        <h2 className="nhsuk-heading-m">About you</h2>
        <ContactQuestions values={values} errors={errors} about="report" />
        <EmailUpdatesQuestion values={values} errors={errors} about="report" />
        <BeforeSending
          heading="Before you send"
          send="Send report"
          confirmed={values.confirmation === "yes"}
          error={errors.confirmation}
        />
      </form>
    </>
  );
}
