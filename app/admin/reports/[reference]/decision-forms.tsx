"use client";

import { ReviewFormHeader, useReviewForm } from "@/app/admin/review-form";
import { ReportQuestions } from "@/app/examples/[slug]/tried/report-questions";
import { ContactQuestions } from "@/app/submit/example-questions";
import { ResourceQuestions } from "@/app/forms/outcome-questions";
import { DecisionSection } from "@/app/admin/decision-section";
import type { FormValues } from "@/app/forms/fields";
import type { ExampleStatus } from "@/db/options";
import { moderateReport } from "@/app/admin/moderate";

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
  const { state, formAction, values, errors, hidden } = useReviewForm(
    moderateReport,
    { reference, version, stored },
  );
  return (
    <>
      <ReviewFormHeader
        title={`Review ${reference}: ${exampleTitle}`}
        errors={state.errors}
      />
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
