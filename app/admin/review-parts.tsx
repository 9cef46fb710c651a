import Link from "@/components/link";
import { ContactDetails } from "@/components/contact-details";
import { formatDateTime } from "@/components/format";
import { statusLabels, type ExampleStatus } from "@/db/options";
import type { SimilarExample } from "@/db/search";
import { SummaryRow } from "@/components/summary-list";

const tagColour: Record<ExampleStatus, string> = {
  pending: "nhsuk-tag--yellow",
  published: "nhsuk-tag--green",
  rejected: "nhsuk-tag--red",
  withdrawn: "nhsuk-tag--grey",
};

/** An example's or a report's status as a coloured tag. */
export function StatusTag({ status }: { status: ExampleStatus }) {
  return (
    <strong className={`nhsuk-tag ${tagColour[status]}`}>
      {statusLabels[status]}
    </strong>
  );
}

/**
 * A small button that posts what a table row is about (`sends`: hidden fields) to an action; a
 * form of its own, so it works without JavaScript.
 */
export function RowButton({
  action,
  sends,
  warning,
  stacked,
  children,
}: {
  action: (form: FormData) => Promise<void>;
  sends: Record<string, string | number | undefined>;
  warning?: boolean;
  /** One of several buttons in the cell, one above another. */
  stacked?: boolean;
  children: React.ReactNode;
}) {
  return (
    <form action={action} className="app-inline-form">
      {Object.entries(sends).map(([name, value]) =>
        value === undefined ? null : (
          <input key={name} type="hidden" name={name} value={value} />
        ),
      )}
      <button
        className={`nhsuk-button nhsuk-button--small nhsuk-u-margin-bottom-${stacked ? 2 : 0} ${warning ? "nhsuk-button--warning" : "nhsuk-button--secondary"}`}
        type="submit"
      >
        {children}
      </button>
    </form>
  );
}

/** NHS.UK's error summary for a problem with no field to link to, such as a button on a list. */
export function ProblemSummary({ problem }: { problem: string }) {
  return (
    <div
      className="nhsuk-error-summary"
      role="alert"
      aria-labelledby="problem-title"
      tabIndex={-1}
    >
      <h2 className="nhsuk-error-summary__heading" id="problem-title">
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        <p>{problem}</p>
      </div>
    </div>
  );
}

/** The success banner after a moderator's action, with a link or more to say beneath. */
export function OutcomeBanner({
  message,
  link,
  children,
}: {
  message: string;
  link?: { href: string; text: string };
  children?: React.ReactNode;
}) {
  return (
    <div
      className="nhsuk-notification-banner nhsuk-notification-banner--success"
      role="alert"
      aria-labelledby="outcome-title"
      data-module="nhsuk-notification-banner"
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="outcome-title">
          Success
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{message}</p>
        {link ? (
          <p>
            <Link href={link.href}>{link.text}</Link>
          </p>
        ) : null}
        {children}
      </div>
    </div>
  );
}

/** The published examples most like the one under review, to catch copies and misfiled reports. */
export function SimilarExamplesSection({
  examples,
  advice,
}: {
  examples: SimilarExample[];
  advice: string;
}) {
  return (
    <section aria-labelledby="similar-heading">
      <h2 id="similar-heading">Similar published examples</h2>
      {examples.length === 0 ? (
        <p>No published example is like this one.</p>
      ) : (
        <>
          <p>{advice}</p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {examples.map((match) => (
              <li key={match.reference}>
                <Link href={match.url}>{match.title}</Link> ({match.reference})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** When something was sent and by whom, with whether they agreed to show their details. */
export function SentByRows({
  sentLabel,
  sent,
  about,
}: {
  sentLabel: string;
  sent: {
    createdAt: Date;
    contactName: string | null;
    contactEmail: string | null;
    contactConsent: boolean | null;
    contactForwarding: boolean | null;
  };
  about: "example" | "report";
}) {
  return (
    <>
      <SummaryRow label={sentLabel}>
        {formatDateTime(sent.createdAt)}
      </SummaryRow>
      <SummaryRow label="Sent by">
        <ContactDetails name={sent.contactName} email={sent.contactEmail} />
        <br />
        {sent.contactConsent
          ? `Agreed to show these on the published ${about}`
          : "Not to be shown publicly"}
        <br />
        {sent.contactForwarding
          ? "Agreed to have messages from staff forwarded"
          : "No messages from staff"}
      </SummaryRow>
    </>
  );
}
