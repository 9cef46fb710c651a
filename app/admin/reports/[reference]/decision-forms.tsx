"use client";

import type { z } from "zod";
import { ReviewDecision } from "@/app/admin/decision-section";
import { moderateReport } from "@/app/admin/moderate";
import { EditSection, useReviewForm } from "@/app/admin/review-form";
import type { PostedMeasure } from "@/app/forms/groups/results-over-time";
import { ReportQuestions } from "@/app/examples/[slug]/tried/report-questions";
import type { adoptionReportFieldsSchema } from "@/app/examples/[slug]/tried/schema";
import type { ExampleStatus } from "@/db/options";

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
  values: Record<string, string | PostedMeasure[]>;
}) {
  const review = useReviewForm<z.input<typeof adoptionReportFieldsSchema>>(
    moderateReport,
    { reference, version, stored },
  );
  return (
    <>
      <ReviewDecision
        review={review}
        title={`Review ${reference}: ${exampleTitle}`}
        status={status}
        about="report"
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
      <EditSection review={review} about="report">
        <ReportQuestions fields={review.edit.fields} />
      </EditSection>
    </>
  );
}
