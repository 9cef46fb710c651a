"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/error-summary";
import { TextInput } from "@/components/form-fields";
import { serviceName } from "@/components/site-header";
import { join, type JoinState } from "./actions";
import { InvitationNotWorking } from "./invitation-not-working";
import { minimumPasswordLength } from "./schema";

/** Name and a new password; works as a plain form post without JavaScript. */
export function JoinForm({
  token,
  email,
  roleLabel,
}: {
  token: string;
  email: string;
  roleLabel: string;
}) {
  const [state, formAction] = useActionState<JoinState, FormData>(join, {
    errors: [],
    name: "",
  });
  if (state.expired) return <InvitationNotWorking />;
  const errors = Object.fromEntries(
    state.errors.map(({ field, message }) => [field, message]),
  );
  return (
    <>
      <title>{`${state.errors.length > 0 ? "Error: " : ""}Accept your invitation – ${serviceName}`}</title>
      <ErrorSummary errors={state.errors} />
      <h1>Accept your invitation</h1>
      <p>
        You have been invited to help run this catalogue as{" "}
        {roleLabel.toLowerCase() === "admin" ? "an admin" : "a moderator"}. You
        will sign in with <strong>{email}</strong> and the password you choose
        here.
      </p>
      <form action={formAction} noValidate>
        <input type="hidden" name="token" value={token} />
        <input
          type="text"
          name="username"
          value={email}
          autoComplete="username"
          readOnly
          hidden
        />
        <TextInput
          name="name"
          label="Your name"
          hint="Other moderators see it beside what you do"
          autoComplete="name"
          defaultValue={state.name}
          error={errors.name}
        />
        <TextInput
          name="password"
          label="Choose a password"
          hint={`${minimumPasswordLength} characters or more. A few unrelated words together are easy to remember and hard to guess.`}
          type="password"
          autoComplete="new-password"
          defaultValue=""
          error={errors.password}
        />
        <TextInput
          name="confirmPassword"
          label="Type the password again"
          type="password"
          autoComplete="new-password"
          defaultValue=""
          error={errors.confirmPassword}
        />
        <button
          className="nhsuk-button"
          data-module="nhsuk-button"
          type="submit"
        >
          Accept and sign in
        </button>
      </form>
    </>
  );
}
