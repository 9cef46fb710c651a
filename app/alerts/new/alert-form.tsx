"use client";

import { useActionState } from "react";
import { oneValue } from "@/app/forms/fields";
import { EnterSends, HoneypotField } from "@/app/forms/outcome-questions";
import { ErrorSummary } from "@/components/error-summary";
import { Choices, TextInput } from "@/components/form-fields";
import { serviceName } from "@/components/site-header";
import { frequencyOptions } from "../schema";
import { requestAlert, type AlertRequestState } from "./actions";

/** "Get emails about new examples": a plain form post without JavaScript. */
export function AlertForm({ search }: { search: string }) {
  const [state, formAction] = useActionState<AlertRequestState, FormData>(
    requestAlert,
    { errors: [], values: { frequency: "weekly" } },
  );
  const errors = Object.fromEntries(
    state.errors.map(({ field, message }) => [field, message]),
  );
  const frequency = oneValue(state.values.frequency);
  return (
    <>
      <title>{`${state.errors.length > 0 ? "Error: " : ""}Get emails about new examples – ${serviceName}`}</title>
      <ErrorSummary errors={state.errors} />
      <form action={formAction} noValidate>
        <input type="hidden" name="search" value={search} />
        <EnterSends label="Get emails" />
        <TextInput
          name="email"
          label="Your email address"
          hint="We will only use it to send these emails"
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={oneValue(state.values.email)}
          error={errors.email}
        />
        <Choices
          type="radio"
          name="frequency"
          legend="How often do you want emails?"
          options={frequencyOptions}
          selected={frequency ? [frequency] : []}
          error={errors.frequency}
        />
        <HoneypotField />
        <button
          className="nhsuk-button"
          data-module="nhsuk-button"
          data-prevent-double-click="true"
          type="submit"
        >
          Get emails
        </button>
      </form>
    </>
  );
}
