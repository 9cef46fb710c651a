"use client";

import { useActionState } from "react";
import { fieldLimits, oneValue } from "@/app/forms/fields";
import { EnterSends, HoneypotField } from "@/app/forms/outcome-questions";
import { ContactQuestions } from "@/app/submit/example-questions";
import { ErrorSummary } from "@/components/error-summary";
import { ErrorMessage, Textarea, TextInput } from "@/components/form-fields";
import { serviceName } from "@/components/site-header";
import { submitClaim, type ClaimState } from "./actions";

/** "Is this your trust's work?": a plain form post without JavaScript; with it, errors appear without a reload. */
export function ClaimForm({
  slug,
  exampleTitle,
  submissionKey,
}: {
  slug: string;
  exampleTitle: string;
  submissionKey: string;
}) {
  const [state, formAction] = useActionState<ClaimState, FormData>(
    submitClaim,
    { errors: [], values: { submissionKey } },
  );
  const errors = Object.fromEntries(
    state.errors.map(({ field, message }) => [field, message]),
  );
  const values = state.values;
  return (
    <>
      <title>{`${state.errors.length > 0 ? "Error: " : ""}Is this your trust's work? ${exampleTitle} – ${serviceName}`}</title>
      <ErrorSummary errors={state.errors} />
      <ErrorMessage name="intent" error={errors.intent} />
      <form action={formAction} noValidate>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <EnterSends label="Send claim" />
        <TextInput
          name="organisation"
          label="Your NHS organisation"
          hint="The trust or other NHS organisation that did this work"
          autoComplete="organization"
          defaultValue={oneValue(values.organisation)}
          error={errors.organisation}
        />
        <Textarea
          name="involvement"
          label="What was your part in this work?"
          hint="For example, you led it, or you are in the team that runs it now. Do not include any patient information."
          maxLength={fieldLimits.involvement}
          rows={4}
          defaultValue={oneValue(values.involvement)}
          error={errors.involvement}
        />
        <h2 className="nhsuk-heading-m">How staff can reach you</h2>
        <ContactQuestions values={values} errors={errors} />
        <HoneypotField />
        <button
          className="nhsuk-button"
          data-module="nhsuk-button"
          data-prevent-double-click="true"
          type="submit"
        >
          Send claim
        </button>
      </form>
    </>
  );
}
