"use client";

import { useActionState, useState } from "react";
import { SimilarExamples } from "@/components/similar-examples";
import { ErrorSummary } from "@/components/error-summary";
import { serviceName } from "@/components/site-header";
import { submitExample, type SubmitState } from "./actions";
import {
  ContactQuestions,
  EmailUpdatesQuestion,
  ExampleQuestions,
  type ThemeOption,
} from "./example-questions";
import {
  BeforeSending,
  EnterSends,
  OutcomeQuestions,
  ResourceQuestions,
} from "@/app/forms/outcome-questions";

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
        <EmailUpdatesQuestion values={state.values} errors={errors} />
        <BeforeSending
          heading="Before you submit"
          send="Submit example"
          confirmed={state.values.confirmation === "yes"}
          error={errors.confirmation}
        />
      </form>
    </>
  );
}
