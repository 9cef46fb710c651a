"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/error-summary";
import { TextInput } from "@/components/form-fields";
import { serviceName } from "@/components/site-header";
import { signIn, type SignInState } from "./actions";

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
  const [state, formAction] = useActionState<SignInState, FormData>(signIn, {
    errors: [],
    email: "",
  });
  const errors = Object.fromEntries(
    state.errors.map(({ field, message }) => [field, message]),
  );
  return (
    <>
      <title>{`${state.errors.length > 0 ? "Error: " : ""}Sign in – ${serviceName}`}</title>
      <ErrorSummary errors={state.errors} />
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
      <form action={formAction} noValidate>
        <input type="hidden" name="returnTo" value={returnTo} />
        <TextInput
          name="email"
          label="Email address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          defaultValue={state.email}
          error={errors.email}
        />
        <TextInput
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          defaultValue=""
          error={errors.password}
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
