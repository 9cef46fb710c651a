"use client";

import { FormHeader } from "@/app/forms/form-header";
import { useFormReply } from "@/app/forms/use-form-reply";
import { SecurityCodeInput } from "../../security-code-input";
import { enterSecurityCode } from "./actions";

/** The second step of signing in; works as a plain form post without JavaScript. */
export function SecurityCodeForm({ returnTo }: { returnTo: string }) {
  const { reply, formProps } = useFormReply(enterSecurityCode);
  return (
    <>
      <FormHeader reply={reply} title="Enter your security code" />
      <h1>Enter your security code</h1>
      <form {...formProps}>
        <input type="hidden" name="returnTo" value={returnTo} />
        <SecurityCodeInput
          hint="The 6-digit code your authenticator app shows now. If you do not have your phone, enter one of your recovery codes."
          reply={reply}
        />
        <button
          className="nhsuk-button"
          data-module="nhsuk-button"
          type="submit"
        >
          Continue
        </button>
      </form>
      <p>
        If you have neither, ask another admin to remove you from the People
        page and invite you again. If you are the only admin, someone who can
        run commands on the server can add a new admin with{" "}
        <code>npm run moderator:add</code>, who can then do that (see the
        operations guide). <a href="/admin/sign-in">Start again</a>
      </p>
    </>
  );
}
