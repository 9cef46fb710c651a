"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/error-summary";
import { Textarea, TextInput } from "@/components/form-fields";
import { teachAction, type TeachState } from "./actions";

/** "Teach the search": a word staff search for, what it means, and why. Works without JavaScript. */
export function TeachForm({ word }: { word: string }) {
  const [state, formAction] = useActionState<TeachState, FormData>(
    teachAction,
    { errors: [], values: { word, means: "", note: "" } },
  );
  const errors = Object.fromEntries(
    state.errors.map(({ field, message }) => [field, message]),
  );
  return (
    <section aria-labelledby="teach">
      <h2 id="teach">Teach the search a word</h2>
      <ErrorSummary errors={state.errors} />
      <form action={formAction} noValidate>
        <TextInput
          name="word"
          label="Word or phrase staff search for"
          hint="For example, pre-op or virtual ward"
          defaultValue={state.values.word}
          error={errors.word}
          spellCheck={false}
          autoComplete="off"
        />
        <TextInput
          name="means"
          label="What it means"
          hint="Words the examples use, for example preoperative or hospital at home. A search for either then finds both."
          defaultValue={state.values.means}
          error={errors.means}
          spellCheck={false}
          autoComplete="off"
        />
        <Textarea
          name="note"
          label="Why"
          hint="For the next moderator: where staff use the word this way"
          defaultValue={state.values.note}
          error={errors.note}
          maxLength={500}
          rows={3}
        />
        <button
          className="nhsuk-button"
          data-module="nhsuk-button"
          type="submit"
        >
          Teach the search
        </button>
      </form>
    </section>
  );
}
