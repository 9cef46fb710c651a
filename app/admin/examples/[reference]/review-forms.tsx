"use client";

import type { z } from "zod";
import { ReviewDecision } from "@/app/admin/decision-section";
import { moderateExample } from "@/app/admin/moderate";
import { EditSection, useReviewForm } from "@/app/admin/review-form";
import {
  ExampleQuestions,
  type ThemeOption,
} from "@/app/submit/example-questions";
import type { PostedMeasure } from "@/app/forms/groups/results-over-time";
import type { moderatorEditSchema } from "@/app/submit/schema";
import { Choices } from "@/components/form-fields";
import { evidenceLevels, type ExampleStatus } from "@/db/options";

type EditAnswers = z.input<ReturnType<typeof moderatorEditSchema>>;

type Props = {
  reference: string;
  title: string;
  status: ExampleStatus;
  version: number;
  themes: ThemeOption[];
  /** It has a measure with enough results for "Measured over time", or has the label already. */
  measuredOverTime: boolean;
  /** The stored answers, for the edit form. */
  values: Record<string, string | string[] | PostedMeasure[]>;
};

/**
 * The moderator's forms for one example: edit it, then approve or reject it (or withdraw it once
 * published). All post to one server action; each works without JavaScript.
 */
export function ReviewForms({
  reference,
  title,
  status,
  version,
  themes,
  measuredOverTime,
  values: stored,
}: Props) {
  const review = useReviewForm<EditAnswers>(moderateExample, {
    reference,
    version,
    stored,
  });

  return (
    <>
      <ReviewDecision
        review={review}
        title={`Review ${reference}: ${title}`}
        status={status}
        about="example"
        approval={{
          explains:
            "Approving publishes the example now, exactly as shown above, and makes it searchable.",
        }}
      />
      <EditSection
        review={review}
        about="example"
        note={
          status === "published"
            ? "A new title gives the example a new address; the old one redirects to it."
            : undefined
        }
      >
        <ExampleQuestions
          themes={themes}
          fields={review.edit.fields}
          evidence={measuredOverTime ? evidenceLevels : undefined}
        />
        <Choices
          type="checkbox"
          field={review.edit.fields.evidenceChecked}
          legend="Evidence checked (optional)"
          hint="Tick only if you have seen the evaluation behind the evidence label. Until then the label says ‘self-reported’."
          options={[{ value: "yes", label: "I have seen the evaluation" }]}
        />
      </EditSection>
    </>
  );
}
