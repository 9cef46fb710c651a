"use client";

import { useActionState } from "react";
import { CopyLink } from "@/components/copy-link";
import { ErrorSummary } from "@/components/error-summary";
import { Choices, TextInput } from "@/components/form-fields";
import { moderatorRoles, roleLabels } from "@/db/options";
import { OutcomeBanner } from "../review-parts";
import { inviteAction, type InviteState } from "./actions";

const roleHints = {
  moderator: "Reviews, publishes and withdraws examples and reports",
  admin: "Also invites and removes people, and changes their roles",
};

/** Invites someone by email address; the link appears once, to copy and send them. */
export function InviteForm() {
  const [state, formAction] = useActionState<InviteState, FormData>(
    inviteAction,
    { errors: [], email: "", role: "" },
  );
  const errors = Object.fromEntries(
    state.errors.map(({ field, message }) => [field, message]),
  );
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      <ErrorSummary errors={state.errors} />
      {state.link ? (
        <OutcomeBanner message={`Send this link to ${state.invitedEmail}`}>
          <p>
            It works once, for 7 days. You will not see it again after you leave
            this page.
          </p>
          <CopyLink url={state.link} label="Invitation link" />
        </OutcomeBanner>
      ) : null}
      <form action={formAction} noValidate>
        <TextInput
          name="email"
          label="Email address"
          hint="Their work email address, for example name@nhs.net"
          type="email"
          autoComplete="off"
          spellCheck={false}
          defaultValue={state.email}
          error={errors.email}
        />
        <Choices
          type="radio"
          name="role"
          legend="Role"
          error={errors.role}
          options={moderatorRoles.map((role) => ({
            value: role,
            label: roleLabels[role],
            hint: roleHints[role],
          }))}
          selected={state.role ? [state.role] : []}
          small
        />
        <button
          className="nhsuk-button"
          data-module="nhsuk-button"
          type="submit"
        >
          Make invitation link
        </button>
      </form>
    </section>
  );
}
