"use client";

import { ErrorSummary } from "@/components/error-summary";
import { Textarea, TextInput } from "@/components/form-fields";
import { problemsIn } from "@/app/forms/form-reply";
import { useFormReply } from "@/app/forms/use-form-reply";
import { teachAction } from "./actions";

/** "Teach the search": a word staff search for, what it means, and why. Works without JavaScript. */
export function TeachForm({ word }: { word: string }) {
  const { reply, fields, formProps } = useFormReply(teachAction, {
    defaultValue: { word },
  });
  return (
    <section aria-labelledby="teach">
      <h2 id="teach">Teach the search a word</h2>
      <ErrorSummary errors={problemsIn(reply)} />
      <form {...formProps}>
        <TextInput
          field={fields.word}
          label="Word or phrase staff search for"
          hint="For example, pre-op or virtual ward"
          spellCheck={false}
          autoComplete="off"
        />
        <TextInput
          field={fields.means}
          label="What it means"
          hint="Words the examples use, for example preoperative or hospital at home. A search for either then finds both."
          spellCheck={false}
          autoComplete="off"
        />
        <Textarea
          field={fields.note}
          label="Why"
          hint="For the next moderator: where staff use the word this way"
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
