"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/error-summary";
import { SecurityCodeInput } from "../security-code-input";
import { turnOffTwoStep, type TurnOffState } from "./two-step/actions";

/** Turning two-step sign-in off asks for a code, so a session left open cannot do it alone. */
export function TurnOffForm() {
  const [state, formAction] = useActionState<TurnOffState, FormData>(
    turnOffTwoStep,
    {
      errors: [],
    },
  );
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={formAction} noValidate>
        <SecurityCodeInput
          label="Security code, to turn two-step sign-in off"
          hint="The code your app shows now, or a recovery code"
          error={state.errors[0]?.message}
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Turn off two-step sign-in
        </button>
      </form>
    </>
  );
}
