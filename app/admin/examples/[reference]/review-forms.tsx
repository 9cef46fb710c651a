"use client";

import type { z } from "zod";
import { DecisionSection } from "@/app/admin/decision-section";
import { moderateExample } from "@/app/admin/moderate";
import { EditSection, useReviewForm } from "@/app/admin/review-form";
import { FormHeader } from "@/app/forms/form-header";
import {
  AboutYouQuestions,
  moderatorsAsk,
  ReachYouQuestions,
} from "@/app/forms/groups/about-you";
import { CostQuestions } from "@/app/forms/groups/cost";
import {
  ExampleQuestions,
  type ThemeOption,
} from "@/app/submit/example-questions";
import type { moderatorEditSchema } from "@/app/submit/schema";
import { Choices } from "@/components/form-fields";
import type { ExampleStatus } from "@/db/options";

type Props = {
  reference: string;
  title: string;
  status: ExampleStatus;
  version: number;
  themes: ThemeOption[];
  /** The stored answers, for the edit form. */
  values: Record<string, string | string[]>;
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
  values: stored,
}: Props) {
  const { reply, formAction, hidden, edit, decision } = useReviewForm<
    z.input<ReturnType<typeof moderatorEditSchema>>
  >(moderateExample, { reference, version, stored });

  return (
    <>
      <FormHeader reply={reply} title={`Review ${reference}: ${title}`} />
      <DecisionSection
        status={status}
        about="example"
        formAction={formAction}
        hidden={hidden}
        decision={decision}
        approval={{
          explains:
            "Approving publishes the example now, exactly as shown above, and makes it searchable.",
        }}
      />
      <EditSection
        about="example"
        note={
          status === "published"
            ? "A new title gives the example a new address; the old one redirects to it."
            : undefined
        }
        hidden={hidden}
        formProps={edit.formProps}
      >
        <ExampleQuestions themes={themes} fields={edit.fields} />
        <Choices
          type="checkbox"
          field={edit.fields.evidenceChecked}
          legend="Evidence checked (optional)"
          hint="Tick only if you have seen the evaluation behind the evidence label. Until then the label says ‘self-reported’."
          options={[{ value: "yes", label: "I have seen the evaluation" }]}
        />
        <CostQuestions fields={edit.fields} />
        <AboutYouQuestions
          fields={edit.fields}
          emailHint={moderatorsAsk("example")}
        />
        <ReachYouQuestions fields={edit.fields} about="example" />
      </EditSection>
    </>
  );
}
