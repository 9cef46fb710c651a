"use client";

import { problemsIn } from "@/app/forms/form-reply";
import { useFormReply } from "@/app/forms/use-form-reply";
import { ErrorSummary } from "@/components/error-summary";
import { SecurityCodeInput } from "../security-code-input";
import { turnOffTwoStep } from "./two-step/actions";

/** Turning two-step sign-in off asks for a code, so a session left open cannot do it alone. */
export function TurnOffForm() {
  const { reply, formProps } = useFormReply(turnOffTwoStep);
  return (
    <>
      <ErrorSummary errors={problemsIn(reply)} />
      <form {...formProps}>
        <SecurityCodeInput
          label="Security code, to turn two-step sign-in off"
          hint="The code your app shows now, or a recovery code"
          reply={reply}
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Turn off two-step sign-in
        </button>
      </form>
    </>
  );
}
