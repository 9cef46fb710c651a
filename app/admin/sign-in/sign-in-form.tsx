"use client";

import { FormHeader } from "@/app/forms/form-header";
import { useFormReply } from "@/app/forms/use-form-reply";
import { EmailInput, TextInput } from "@/components/form-fields";
import { signIn } from "./actions";

/**
 * Email and password; works as a plain form post without JavaScript. With single sign-on set up,
 * NHSmail comes first and the password is for those invited that way.
 */
export function SignInForm({
  returnTo,
  singleSignOnHref,
}: {
  returnTo: string;
  singleSignOnHref?: string;
}) {
  const { reply, fields, formProps } = useFormReply(signIn);
  return (
    <>
      <FormHeader reply={reply} title="Sign in" />
      <h1>Sign in to moderate examples</h1>
      {singleSignOnHref ? (
        <>
          <p>Use your NHSmail account, as you do for other NHS services.</p>
          <a
            className="nhsuk-button"
            data-module="nhsuk-button"
            href={singleSignOnHref}
          >
            Sign in with NHSmail
          </a>
          <h2>Or sign in with a password</h2>
        </>
      ) : null}
      <form {...formProps}>
        <input type="hidden" name="returnTo" value={returnTo} />
        <EmailInput
          field={fields.email}
          label="Email address"
          autoComplete="username"
        />
        <TextInput
          field={fields.password}
          label="Password"
          type="password"
          autoComplete="current-password"
        />
        <button
          className="nhsuk-button"
          data-module="nhsuk-button"
          type="submit"
        >
          Sign in
        </button>
      </form>
    </>
  );
}
