"use client";

import { FormHeader } from "@/app/forms/form-header";
import { useFormReply } from "@/app/forms/use-form-reply";
import { TextInput } from "@/components/form-fields";
import { join } from "./actions";
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
  const { reply, fields, formProps } = useFormReply(join);
  if (reply?.expired) return <InvitationNotWorking />;
  return (
    <>
      <FormHeader reply={reply} title="Accept your invitation" />
      <h1>Accept your invitation</h1>
      <p>
        You have been invited to help run this catalogue as{" "}
        {roleLabel.toLowerCase() === "admin" ? "an admin" : "a moderator"}. You
        will sign in with <strong>{email}</strong> and the password you choose
        here.
      </p>
      <form {...formProps}>
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
          field={fields.name}
          label="Your name"
          hint="Other moderators see it beside what you do"
          autoComplete="name"
        />
        <TextInput
          field={fields.password}
          label="Choose a password"
          hint={`${minimumPasswordLength} characters or more. A few unrelated words together are easy to remember and hard to guess.`}
          type="password"
          autoComplete="new-password"
        />
        <TextInput
          field={fields.confirmPassword}
          label="Type the password again"
          type="password"
          autoComplete="new-password"
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
