"use client";

import { ReviewFormHeader, useReviewForm } from "@/app/admin/review-form";
import {
  ContactQuestions,
  ExampleQuestions,
  type ThemeOption,
} from "@/app/submit/example-questions";
import { ResourceQuestions } from "@/app/forms/outcome-questions";
import { DecisionSection } from "@/app/admin/decision-section";
import type { FormValues } from "@/app/forms/fields";
import { Choices } from "@/components/form-fields";
import type { ExampleStatus } from "@/db/options";
import { moderateExample } from "@/app/admin/moderate";

type Props = {
  reference: string;
  title: string;
  status: ExampleStatus;
  version: number;
  themes: ThemeOption[];
  values: FormValues;
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
  const { state, formAction, values, errors, hidden } = useReviewForm(
    moderateExample,
    { reference, version, stored },
  );

  return (
    <>
      <ReviewFormHeader
        title={`Review ${reference}: ${title}`}
        errors={state.errors}
      />

      <DecisionSection
        status={status}
        about="example"
        formAction={formAction}
        hidden={hidden}
        values={values}
        errors={errors}
        approval={{
          explains:
            "Approving publishes the example now, exactly as shown above, and makes it searchable.",
        }}
      />

      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading">Edit this example</h2>
        <p>
          Changes are saved with a record of what changed.
          {status === "published"
            ? " A new title gives the example a new address; the old one redirects to it."
            : ""}
        </p>
        <form action={formAction} noValidate>
          {hidden}
          <ExampleQuestions themes={themes} values={values} errors={errors} />
          <Choices
            type="checkbox"
            name="evidenceChecked"
            legend="Evidence checked (optional)"
            hint="Tick only if you have seen the evaluation behind the evidence label. Until then the label says ‘self-reported’."
            options={[
              {
                value: "yes",
                label: "I have seen the evaluation",
              },
            ]}
            selected={values.evidenceChecked === "yes" ? ["yes"] : []}
            error={errors.evidenceChecked}
          />
          <ResourceQuestions values={values} errors={errors} />
          <ContactQuestions values={values} errors={errors} />
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
