import type { Metadata } from "next";
import { formatDateTime } from "@/components/format";
import { ResponsiveTable } from "@/components/responsive-table";
import {
  hasPassword,
  hasSecondFactor,
  listAccountHistory,
  listSessions,
  waitingWorkEmailsOf,
} from "@/db/accounts";
import { optionsOf } from "@/app/forms/fields";
import { Choices } from "@/components/form-fields";
import {
  accountActionLabels,
  roleLabels,
  waitingWorkEmails,
} from "@/db/options";
import { AdminBar } from "../admin-bar";
import { OutcomeBanner, ProblemSummary } from "../review-parts";
import { currentSession, mustUseTwoStep } from "../session";
import { chooseEmails, signOutElsewhere } from "./actions";
import { TurnOffForm } from "./turn-off-form";
import type { SearchParams } from "@/app/search-params";
import { SummaryRow } from "@/components/summary-list";

export const metadata: Metadata = { title: "Your account" };

type Props = {
  searchParams: SearchParams<"done" | "problem">;
};

/** The signed-in person's sessions, with "sign out everywhere else", and their account's history. */
export default async function AccountPage({ searchParams }: Props) {
  const { moderator, token } = await currentSession("/admin/account");
  const [sessions, history, twoStep, password, emails, query] =
    await Promise.all([
      listSessions(moderator.id, token),
      listAccountHistory(moderator.id),
      hasSecondFactor(moderator.id),
      hasPassword(moderator.id),
      waitingWorkEmailsOf(moderator.id),
      searchParams,
    ]);
  const { done } = query;
  const others = sessions.filter((session) => !session.current).length;

  return (
    <>
      <AdminBar moderator={moderator} />
      {done === "signed-out-elsewhere" ? (
        <OutcomeBanner message="You have been signed out everywhere else" />
      ) : null}
      {query.problem === "emails" ? (
        <ProblemSummary problem="Select which emails you want" />
      ) : null}
      {done === "emails" ? (
        <OutcomeBanner message="Your email choice has been saved" />
      ) : null}
      {done === "two-step-off" ? (
        <OutcomeBanner message="Two-step sign-in is off. Your recovery codes no longer work." />
      ) : null}
      <h1>Your account</h1>
      <dl className="nhsuk-summary-list">
        <SummaryRow label="Name">{moderator.name}</SummaryRow>
        <SummaryRow label="Email address">{moderator.email}</SummaryRow>
        <SummaryRow label="Role">{roleLabels[moderator.role]}</SummaryRow>
      </dl>

      <h2>Emails about waiting work</h2>
      <form action={chooseEmails}>
        <Choices
          type="radio"
          field={{ name: "waitingWorkEmails", initialValue: emails }}
          legend="Which emails do you want when examples and reports are waiting for review?"
          hint="They give titles and links only, never who sent them"
          options={optionsOf(waitingWorkEmails)}
        />
        <button
          className="nhsuk-button nhsuk-button--secondary"
          data-module="nhsuk-button"
          type="submit"
        >
          Save email choice
        </button>
      </form>

      <h2>Two-step sign-in</h2>
      {!password ? (
        <p>
          You sign in with your NHSmail account, which has its own security
          checks. You do not have a password for this catalogue.
        </p>
      ) : twoStep ? (
        <>
          <p>
            <strong className="nhsuk-tag nhsuk-tag--green">On</strong> After
            your password, you enter a code from your authenticator app or one
            of your recovery codes.
          </p>
          {mustUseTwoStep(moderator) ? (
            <p>Admins must use it, so it cannot be turned off.</p>
          ) : (
            <TurnOffForm />
          )}
        </>
      ) : (
        <>
          <p>
            <strong className="nhsuk-tag nhsuk-tag--grey">Off</strong> A code
            from an app on your phone after your password means a guessed or
            stolen password is not enough to sign in as you.
            {mustUseTwoStep(moderator)
              ? " Admins must use it: you will be asked to set it up the next time you sign in."
              : null}
          </p>
          <p>
            <a href="/admin/account/two-step">Set up two-step sign-in</a>
          </p>
        </>
      )}

      <h2>Where you are signed in</h2>
      <p>
        You are signed out after 30 minutes without using the catalogue, and 8
        hours after signing in whatever you do. If you see a browser you do not
        recognise, sign out everywhere else and tell an admin.
      </p>
      <ResponsiveTable
        caption="Where you are signed in"
        rowKey={(session) =>
          `${session.createdAt.getTime()}-${session.browser}`
        }
        rows={sessions}
        columns={[
          {
            header: "Browser",
            cell: (session) => (
              <>
                {session.browser}
                {session.current ? (
                  <strong className="nhsuk-tag nhsuk-tag--green nhsuk-u-margin-left-2">
                    This browser
                  </strong>
                ) : null}
              </>
            ),
          },
          {
            header: "Signed in",
            cell: (session) => formatDateTime(session.createdAt),
          },
          {
            header: "Last used",
            cell: (session) => formatDateTime(session.lastSeenAt),
          },
        ]}
      />
      {others > 0 ? (
        <form action={signOutElsewhere}>
          <button
            className="nhsuk-button nhsuk-button--secondary"
            type="submit"
          >
            Sign out everywhere else
          </button>
        </form>
      ) : (
        <p>You are not signed in anywhere else.</p>
      )}

      <h2>Your account&apos;s history</h2>
      <p>The latest 20 sign-ins and changes to your account.</p>
      <ResponsiveTable
        caption="Your account's history"
        rowKey={(line) => line.id}
        rows={history}
        columns={[
          { header: "When", cell: (line) => formatDateTime(line.createdAt) },
          {
            header: "What happened",
            cell: (line) =>
              `${accountActionLabels[line.action]}${line.detail ? ` (${line.detail})` : ""}`,
          },
          { header: "By", cell: (line) => line.actorName ?? "You" },
        ]}
      />
    </>
  );
}
