"use client";

import { useState } from "react";
import { SimilarExamples } from "@/components/similar-examples";
import { FormHeader } from "@/app/forms/form-header";
import { oneEmptyOutcome } from "@/app/forms/groups/measured-results";
import { PublishedWorkQuestions } from "@/app/forms/groups/published-work";
import { FormKey } from "@/app/forms/groups/sending";
import { useFormReply } from "@/app/forms/use-form-reply";
import { submitExample } from "./actions";
import { ExampleQuestions, type ThemeOption } from "./example-questions";

/** The submission form. A plain form post without JavaScript; with it, errors appear without a reload. */
export function SubmitForm({
  themes,
  submissionKey,
}: {
  themes: ThemeOption[];
  submissionKey: string;
}) {
  const { reply, form, fields, formProps } = useFormReply(submitExample, {
    defaultValue: oneEmptyOutcome,
  });
  // The title and summary as typed, so that similar examples can follow them.
  const [draft, setDraft] = useState<{ title?: string; summary?: string }>({});

  return (
    <>
      <FormHeader reply={reply} title="Submit an example" />
      <form
        {...formProps}
        onInput={(event) => {
          const name = (event.target as HTMLInputElement).name;
          if (name !== "title" && name !== "summary") return;
          const sent = new FormData(event.currentTarget);
          setDraft({
            title: String(sent.get("title") ?? ""),
            summary: String(sent.get("summary") ?? ""),
          });
        }}
      >
        <FormKey submissionKey={submissionKey} send="Submit example" />
        <h2 className="nhsuk-heading-m">About the example</h2>
        <ExampleQuestions
          themes={themes}
          fields={fields}
          afterSummary={
            <SimilarExamples
              initial={reply?.similar ?? []}
              title={draft.title}
              summary={draft.summary}
            />
          }
        />
        <PublishedWorkQuestions
          form={form}
          fields={fields}
          about="example"
          heading="Before you submit"
          send="Submit example"
        />
      </form>
    </>
  );
}
