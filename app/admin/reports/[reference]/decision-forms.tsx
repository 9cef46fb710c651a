"use client";

import { useActionState } from "react";
import { ReportQuestions } from "@/app/examples/[slug]/tried/report-questions";
import { ContactQuestions } from "@/app/submit/example-questions";
import { ResourceQuestions } from "@/app/submit/outcome-questions";
import { fieldLimits, type FormValues } from "@/app/submit/schema";
import { ErrorSummary } from "@/components/error-summary";
import { ErrorMessage, Textarea } from "@/components/form-fields";
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
  const decision = status === "pending" || status === "published";
  return (
    <>
      <title>{`${state.errors.length > 0 ? "Error: " : ""}Review ${reference}: ${exampleTitle} – ${serviceName}`}</title>
      <ErrorSummary errors={state.errors} />
      <div id="intent" tabIndex={-1}>
        <ErrorMessage name="intent" error={errors.intent} />
      </div>
      {decision ? (
        <section aria-labelledby="decision-heading">
          <h2 id="decision-heading">Decision</h2>
          {status === "pending" && examplePublished ? (
            <form action={formAction}>
              {hidden}
              <p>
                Approving publishes the report now, exactly as shown above,
                under its example, and counts it in ‘tried elsewhere’.
              </p>
              <button
                className="nhsuk-button"
                data-module="nhsuk-button"
                type="submit"
                name="intent"
                value="approve"
              >
                Approve and publish
              </button>
            </form>
          ) : null}
          {status === "pending" && !examplePublished ? (
            <p>
              The example is no longer published, so this report cannot be
              published. You can reject it.
            </p>
          ) : null}
          <form action={formAction}>
            {hidden}
            <Textarea
              name="reason"
              label={
                status === "pending"
                  ? "Reason for rejecting"
                  : "Reason for withdrawing"
              }
              hint="Kept with the report's history for moderators. It is never shown publicly or sent to anyone."
              maxLength={fieldLimits.reason}
              rows={3}
              threshold={75}
              defaultValue={
                typeof values.reason === "string" ? values.reason : undefined
              }
              error={errors.reason}
            />
            <button
              className="nhsuk-button nhsuk-button--warning"
              data-module="nhsuk-button"
              type="submit"
              name="intent"
              value={status === "pending" ? "reject" : "withdraw"}
            >
              {status === "pending" ? "Reject" : "Withdraw from publication"}
            </button>
          </form>
        </section>
      ) : null}

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
