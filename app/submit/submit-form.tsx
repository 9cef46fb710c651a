"use client";

import { useActionState, useState } from "react";
import { SimilarExamples } from "@/components/similar-examples";
import { ErrorSummary } from "@/components/error-summary";
import { Choices } from "@/components/form-fields";
import { serviceName } from "@/components/site-header";
import { submitExample, type SubmitState } from "./actions";
import {
  ContactQuestions,
  ExampleQuestions,
  type ThemeOption,
} from "./example-questions";
import {
  EnterSends,
  OutcomeQuestions,
  ResourceQuestions,
} from "./outcome-questions";
import { honeypotField } from "./schema";

/** The submission form. A plain form post without JavaScript; with it, errors appear without a reload. */
export function SubmitForm({
  themes,
  submissionKey,
}: {
  themes: ThemeOption[];
  submissionKey: string;
}) {
  const [state, formAction] = useActionState<SubmitState, FormData>(
    submitExample,
    {
      errors: [],
      values: { submissionKey },
      similar: [],
    },
  );
  // The title and summary as typed, so that similar examples can follow them.
  const [draft, setDraft] = useState<{ title?: string; summary?: string }>({});
  const errors = Object.fromEntries(
    state.errors.map(({ field, message }) => [field, message]),
  );

  return (
    <>
      <title>{`${state.errors.length > 0 ? "Error: " : ""}Submit an example – ${serviceName}`}</title>
      <ErrorSummary errors={state.errors} />
      <form
        action={formAction}
        noValidate
        onInput={(event) => {
          const name = (event.target as HTMLInputElement).name;
          if (name !== "title" && name !== "summary") return;
          const form = new FormData(event.currentTarget);
          setDraft({
            title: String(form.get("title") ?? ""),
            summary: String(form.get("summary") ?? ""),
          });
        }}
      >
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <EnterSends label="Submit example" />
        <h2 className="nhsuk-heading-m">About the example</h2>
        <ExampleQuestions
          themes={themes}
          values={state.values}
          errors={errors}
          afterSummary={
            <SimilarExamples
              initial={state.similar}
              title={draft.title}
              summary={draft.summary}
            />
          }
        />
        <OutcomeQuestions values={state.values} errors={errors} />
        <ResourceQuestions values={state.values} errors={errors} />
        <h2 className="nhsuk-heading-m">About you</h2>
        <ContactQuestions values={state.values} errors={errors} />
        <h2 className="nhsuk-heading-m">Before you submit</h2>
        <Choices
          type="checkbox"
          name="confirmation"
          legend="Confirm it can be shared"
          options={[
            {
              value: "yes",
              label:
                "I confirm this can be shared publicly and contains no patient-identifiable information",
            },
          ]}
          selected={state.values.confirmation === "yes" ? ["yes"] : []}
          error={errors.confirmation}
        />
        {/* Hidden from people and assistive technology; only bots fill it in. */}
        <div className="app-honeypot" aria-hidden="true">
          <label htmlFor={honeypotField}>Leave this field empty</label>
          <input
            type="text"
            id={honeypotField}
            name={honeypotField}
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>
        <button
          className="nhsuk-button"
          data-module="nhsuk-button"
          data-prevent-double-click="true"
          type="submit"
        >
          Submit example
        </button>
      </form>
    </>
  );
}
