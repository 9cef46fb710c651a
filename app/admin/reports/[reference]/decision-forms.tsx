"use client";

import { useActionState } from "react";
import { ReportQuestions } from "@/app/examples/[slug]/tried/report-questions";
import { ContactQuestions } from "@/app/submit/example-questions";
import { ResourceQuestions } from "@/app/submit/outcome-questions";
import { DecisionSection } from "@/app/admin/decision-section";
import type { FormValues } from "@/app/submit/schema";
import { ErrorSummary } from "@/components/error-summary";
import { ErrorMessage } from "@/components/form-fields";
import { serviceName } from "@/components/site-header";
import type { ExampleStatus } from "@/db/options";
import { moderateReport, type ReportReviewState } from "./actions";

/** Approve or reject a pending report, or withdraw a published one. Each works without JavaScript. */
export function ReportDecisionForms({
  reference,
  exampleTitle,
  status,
  version,
  examplePublished,
  values: stored,
}: {
  reference: string;
  exampleTitle: string;
  status: ExampleStatus;
  version: number;
  examplePublished: boolean;
  /** The stored answers, for the edit form. */
  values: FormValues;
}) {
  const [state, formAction] = useActionState<ReportReviewState, FormData>(
    moderateReport,
    { errors: [], values: stored },
  );
  // Each form sends only its own fields, so fill the rest from what is stored.
  const values = { ...stored, ...state.values };
  const errors = Object.fromEntries(
    state.errors.map(({ field, message }) => [field, message]),
  );
  const hidden = (
    <>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  return (
    <>
      <title>{`${state.errors.length > 0 ? "Error: " : ""}Review ${reference}: ${exampleTitle} – ${serviceName}`}</title>
      <ErrorSummary errors={state.errors} />
      <div id="intent" tabIndex={-1}>
        <ErrorMessage name="intent" error={errors.intent} />
      </div>
      <DecisionSection
        status={status}
        about="report"
        formAction={formAction}
        hidden={hidden}
        values={values}
        errors={errors}
        approval={
          examplePublished
            ? {
                explains:
                  "Approving publishes the report now, exactly as shown above, under its example, and counts it in ‘tried elsewhere’.",
              }
            : {
                refused:
                  "The example is no longer published, so this report cannot be published. You can reject it.",
              }
        }
      />

      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading">Edit this report</h2>
        <p>Changes are saved with a record of what changed.</p>
        <form action={formAction} noValidate>
          {hidden}
          <ReportQuestions values={values} errors={errors} />
          <ResourceQuestions values={values} errors={errors} />
          <ContactQuestions values={values} errors={errors} about="report" />
          <button
            className="nhsuk-button nhsuk-button--secondary"
            data-module="nhsuk-button"
            type="submit"
            name="intent"
            value="save"
          >
            Save changes
          </button>
        </form>
      </section>
    </>
  );
}
