"use client";

import type { z } from "zod";
import { DecisionSection } from "@/app/admin/decision-section";
import { moderateReport } from "@/app/admin/moderate";
import { EditSection, useReviewForm } from "@/app/admin/review-form";
import { ReportQuestions } from "@/app/examples/[slug]/tried/report-questions";
import type { adoptionReportFieldsSchema } from "@/app/examples/[slug]/tried/schema";
import { FormHeader } from "@/app/forms/form-header";
import {
  AboutYouQuestions,
  moderatorsAsk,
  ReachYouQuestions,
} from "@/app/forms/groups/about-you";
import { CostQuestions } from "@/app/forms/groups/cost";
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
  values: Record<string, string>;
}) {
  const { reply, formAction, hidden, edit, decision } = useReviewForm<
    z.input<typeof adoptionReportFieldsSchema>
  >(moderateReport, { reference, version, stored });
  return (
    <>
      <FormHeader
        reply={reply}
        title={`Review ${reference}: ${exampleTitle}`}
      />
      <DecisionSection
        status={status}
        about="report"
        formAction={formAction}
        hidden={hidden}
        decision={decision}
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
      <EditSection about="report" hidden={hidden} formProps={edit.formProps}>
        <ReportQuestions fields={edit.fields} />
        <CostQuestions fields={edit.fields} />
        <AboutYouQuestions
          fields={edit.fields}
          emailHint={moderatorsAsk("report")}
        />
        <ReachYouQuestions fields={edit.fields} about="report" />
      </EditSection>
    </>
  );
}
