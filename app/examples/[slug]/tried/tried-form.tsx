"use client";

import { useActionState } from "react";
import { ContactQuestions } from "@/app/submit/example-questions";
import {
  EnterSends,
  OutcomeQuestions,
  ResourceQuestions,
} from "@/app/submit/outcome-questions";
import { honeypotField } from "@/app/submit/schema";
import { ErrorSummary } from "@/components/error-summary";
import { Choices, ErrorMessage } from "@/components/form-fields";
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
        <h2 className="nhsuk-heading-m">Before you send</h2>
        <Choices
          type="checkbox"
          name="confirmation"
          legend="Confirm it can be shared"
          options={[
            {
              value: "yes",
              label:
                "I confirm this can be shared publicly and contains no patient-identifiable information",
            },
          ]}
          selected={values.confirmation === "yes" ? ["yes"] : []}
          error={errors.confirmation}
        />
        {/* Hidden from people and assistive technology; only bots fill it in. */}
        <div className="app-honeypot" aria-hidden="true">
          <label htmlFor={honeypotField}>Leave this field empty</label>
          <input
            type="text"
            id={honeypotField}
            name={honeypotField}
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>
        <button
          className="nhsuk-button"
          data-module="nhsuk-button"
          data-prevent-double-click="true"
          type="submit"
        >
          Send report
        </button>
      </form>
    </>
  );
}
