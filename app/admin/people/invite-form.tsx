"use client";

import { problemsIn } from "@/app/forms/form-reply";
import { useFormReply } from "@/app/forms/use-form-reply";
import { CopyLink } from "@/components/copy-link";
import { ErrorSummary } from "@/components/error-summary";
import { Choices, EmailInput } from "@/components/form-fields";
import { moderatorRoles, roleLabels } from "@/db/options";
import { OutcomeBanner } from "../review-parts";
import { inviteAction } from "./actions";

const roleHints = {
  moderator: "Reviews, publishes and withdraws examples and reports",
  admin: "Also invites and removes people, and changes their roles",
};

/** Invites someone by email address; the link appears once, to copy and send them. */
export function InviteForm() {
  const { reply, fields, formProps } = useFormReply(inviteAction);
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      <ErrorSummary errors={problemsIn(reply)} />
      {reply?.link ? (
        <OutcomeBanner message={`Send this link to ${reply.invitedEmail}`}>
          <p>
            It works once, for 7 days. You will not see it again after you leave
            this page.
          </p>
          <CopyLink url={reply.link} label="Invitation link" />
        </OutcomeBanner>
      ) : null}
      <form {...formProps}>
        <EmailInput
          field={fields.email}
          label="Email address"
          hint="Their work email address, for example name@nhs.net"
          autoComplete="off"
        />
        <Choices
          type="radio"
          field={fields.role}
          legend="Role"
          options={moderatorRoles.map((role) => ({
            value: role,
            label: roleLabels[role],
            hint: roleHints[role],
          }))}
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
