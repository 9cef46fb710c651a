import type { Metadata } from "next";
import { OutcomeBanner, ProblemSummary } from "@/app/admin/review-parts";
import { Choices } from "@/components/form-fields";
import { findSubscription, isStoppedAlertLink } from "@/db/mail";
import { AlertStopped } from "../../alert-stopped";
import { alertFrequencies } from "@/db/options";
import { changeFrequency, stopAlert } from "../../actions";
import { AlertLinkNotValid } from "../../link-not-valid";
import { frequencyOptions } from "../../schema";

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
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {query.problem === "frequency" ? (
          <ProblemSummary problem="Select how often you want emails" />
        ) : null}
        {query.done && done[query.done] ? (
          <OutcomeBanner message={done[query.done]!} />
        ) : null}
        <h1>Your email alert</h1>
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">New examples</dt>
            <dd className="nhsuk-summary-list__value">{alert.description}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Sent to</dt>
            <dd className="nhsuk-summary-list__value app-break-anywhere">
              {alert.email}
            </dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">How often</dt>
            <dd className="nhsuk-summary-list__value">
              {alertFrequencies[alert.frequency]}
            </dd>
          </div>
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
        <form action={stopAlert}>
          <input type="hidden" name="token" value={token} />
          <button
            className="nhsuk-button nhsuk-button--warning"
            data-module="nhsuk-button"
            type="submit"
          >
            Stop these emails
          </button>
        </form>
      </div>
    </div>
  );
}
