"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/error-summary";
import { TextInput } from "@/components/form-fields";
import { serviceName } from "@/components/site-header";
import { signIn, type SignInState } from "./actions";

/** Email and password; works as a plain form post without JavaScript. */
export function SignInForm({ returnTo }: { returnTo: string }) {
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
