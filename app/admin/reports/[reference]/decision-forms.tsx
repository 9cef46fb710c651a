"use client";

import { useActionState } from "react";
import { fieldLimits } from "@/app/submit/schema";
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
}: {
  reference: string;
  exampleTitle: string;
  status: ExampleStatus;
  version: number;
  examplePublished: boolean;
}) {
  const [state, formAction] = useActionState<ReportReviewState, FormData>(
    moderateReport,
    { errors: [], values: {} },
  );
  const errors = Object.fromEntries(
    state.errors.map(({ field, message }) => [field, message]),
  );
  const hidden = (
    <>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  if (status !== "pending" && status !== "published")
    return (
      <title>{`Review ${reference}: ${exampleTitle} – ${serviceName}`}</title>
    );
  return (
    <>
      <title>{`${state.errors.length > 0 ? "Error: " : ""}Review ${reference}: ${exampleTitle} – ${serviceName}`}</title>
      <ErrorSummary errors={state.errors} />
      <div id="intent" tabIndex={-1}>
        <ErrorMessage name="intent" error={errors.intent} />
      </div>
      <section aria-labelledby="decision-heading">
        <h2 id="decision-heading">Decision</h2>
        {status === "pending" && examplePublished ? (
          <form action={formAction}>
            {hidden}
            <p>
              Approving publishes the report now, exactly as shown above, under
              its example, and counts it in ‘tried elsewhere’.
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
              typeof state.values.reason === "string"
                ? state.values.reason
                : undefined
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
    </>
  );
}
