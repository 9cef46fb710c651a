import type { Metadata } from "next";
import { OutcomeBanner, ProblemSummary } from "@/app/admin/review-parts";
import { Choices } from "@/components/form-fields";
import { findSubscription, isStoppedAlertLink } from "@/db/mail";
import { AlertStopped } from "../../alert-stopped";
import { alertFrequencies } from "@/db/options";
import { changeFrequency, stopAlert } from "../../actions";
import { AlertLinkNotValid } from "../../link-not-valid";
import { frequencyOptions } from "../../schema";
import { SummaryRow } from "@/components/summary-list";
import { LinkButton } from "@/components/link-button";
import { TwoThirds } from "@/components/two-thirds";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  return {
    title:
      !(await findSubscription(token)) && (await isStoppedAlertLink(token))
        ? "Emails stopped"
        : "Your email alert",
  };
}
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ done?: string; problem?: string }>;
};

const done: Record<string, string> = {
  confirmed: "Your email alert is on",
  frequency: "How often you get emails has been changed",
};

/** Change how often an alert comes, or stop it: no account, the link's token is the key. */
export default async function ManageAlertPage({ params, searchParams }: Props) {
  const { token } = await params;
  const query = await searchParams;
  const alert = await findSubscription(token);
  if (!alert?.confirmedAt)
    return (await isStoppedAlertLink(token)) ? (
      <AlertStopped />
    ) : (
      <AlertLinkNotValid />
    );
  return (
    <TwoThirds>
      {query.problem === "frequency" ? (
        <ProblemSummary problem="Select how often you want emails" />
      ) : null}
      {query.done && done[query.done] ? (
        <OutcomeBanner message={done[query.done]!} />
      ) : null}
      <h1>Your email alert</h1>
      <dl className="nhsuk-summary-list">
        <SummaryRow label="New examples">{alert.description}</SummaryRow>
        <SummaryRow label="Sent to" valueClass="app-break-anywhere">
          {alert.email}
        </SummaryRow>
        <SummaryRow label="How often">
          {alertFrequencies[alert.frequency]}
        </SummaryRow>
      </dl>
      <form action={changeFrequency}>
        <input type="hidden" name="token" value={token} />
        <Choices
          type="radio"
          field={{ name: "frequency", initialValue: alert.frequency }}
          legend="How often do you want emails?"
          options={frequencyOptions}
        />
        <button
          className="nhsuk-button nhsuk-button--secondary"
          data-module="nhsuk-button"
          type="submit"
        >
          Save
        </button>
      </form>
      <h2>Stop these emails</h2>
      <p>
        Stopping deletes your email address and this alert. You can ask for
        emails again from any search.
      </p>
      <LinkButton action={stopAlert} token={token} look="warning">
        Stop these emails
      </LinkButton>
    </TwoThirds>
  );
}
