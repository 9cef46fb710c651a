"use client";

import { useActionState } from "react";
import {
  ContactQuestions,
  ExampleQuestions,
  type ThemeOption,
} from "@/app/submit/example-questions";
import { ResourceQuestions } from "@/app/submit/outcome-questions";
import { DecisionSection } from "@/app/admin/decision-section";
import type { FormValues } from "@/app/submit/schema";
import { ErrorSummary } from "@/components/error-summary";
import { Choices, ErrorMessage } from "@/components/form-fields";
import { serviceName } from "@/components/site-header";
import type { ExampleStatus } from "@/db/options";
import { moderateExample, type ReviewState } from "./actions";

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
  const [state, formAction] = useActionState<ReviewState, FormData>(
    moderateExample,
    {
      errors: [],
      values: stored,
    },
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
      <title>{`${state.errors.length > 0 ? "Error: " : ""}Review ${reference}: ${title} – ${serviceName}`}</title>
      <ErrorSummary errors={state.errors} />
      <div id="intent" tabIndex={-1}>
        <ErrorMessage name="intent" error={errors.intent} />
      </div>

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
