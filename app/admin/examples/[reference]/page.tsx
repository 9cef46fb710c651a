import type { Metadata } from "next";
import Link from "next/link";
import { AdminBar } from "@/app/admin/admin-bar";
import { requireModerator } from "@/app/admin/session";
import { ContactDetails, ExampleArticle } from "@/components/example-article";
import { formatDateTime } from "@/components/format";
import { ResponsiveTable } from "@/components/responsive-table";
import { PageNotFound } from "@/components/page-not-found";
import { getExampleForReview, type ExampleForReview } from "@/db/moderation";
import {
  statusLabels,
  type ExampleStatus,
  type ModerationAction,
} from "@/db/options";
import { listThemesWithCounts } from "@/db/themes";
import { ReviewForms } from "./review-forms";

// The review form renders the title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };

type Props = {
  params: Promise<{ reference: string }>;
  searchParams: Promise<{ outcome?: string | string[] }>;
};

const tagColour: Record<ExampleStatus, string> = {
  pending: "nhsuk-tag--yellow",
  published: "nhsuk-tag--green",
  rejected: "nhsuk-tag--red",
  withdrawn: "nhsuk-tag--grey",
};

const outcomes: Record<string, string> = {
  save: "Your changes have been saved",
  approve: "Example published",
  reject: "Example rejected",
  withdraw: "Example withdrawn",
  unchanged: "Nothing needed changing",
};

const actionLabels: Record<ModerationAction, string> = {
  submitted: "Submitted",
  edited: "Edited",
  approved: "Approved and published",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

function describe(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(blank)";
  if (Array.isArray(value)) return value.join(", ") || "(none)";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return String(value);
}

function EventDetails({
  event,
}: {
  event: ExampleForReview["history"][number];
}) {
  return (
    <>
      {event.reason ? (
        <span className="app-preserve-lines nhsuk-u-display-block nhsuk-u-margin-bottom-2">
          Reason: {event.reason}
        </span>
      ) : null}
      {event.changes ? (
        <ul className="nhsuk-list nhsuk-u-font-size-16">
          {Object.entries(event.changes).map(([field, change]) => (
            <li key={field}>
              <strong>{field}</strong>: {describe(change.from)} →{" "}
              {describe(change.to)}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** The stored answers in the shape the edit form reads. */
function formValuesOf(example: ExampleForReview) {
  return {
    title: example.title,
    summary: example.summary,
    problem: example.problem,
    approach: example.approach,
    impact: example.impact,
    learning: example.learning ?? "",
    moreInfoUrl: example.moreInfoUrl ?? "",
    themes: example.themes.map((theme) => theme.slug),
    careSetting: example.careSetting ?? "",
    region: example.region ?? "",
    stage: example.stage ?? "",
    evidence: example.evidence ?? "",
    evidenceChecked: example.evidenceChecked ? "yes" : "",
    organisation: example.organisation ?? "",
    contactName: example.contactName ?? "",
    contactEmail: example.contactEmail ?? "",
    contactConsent: example.contactConsent ? "yes" : "",
  };
}

export default async function ReviewPage({ params, searchParams }: Props) {
  const reference = decodeURIComponent((await params).reference).toUpperCase();
  const moderator = await requireModerator(
    /^IX-\d+$/.test(reference) ? `/admin/examples/${reference}` : "/admin",
  );
  const example = getExampleForReview(reference);
  if (!example) return <PageNotFound />;
  const outcome = outcomes[String((await searchParams).outcome)];
  const themes = (await listThemesWithCounts()).map((theme) => ({
    value: theme.slug,
    label: theme.name,
  }));

  return (
    <>
      <AdminBar moderator={moderator} />
      {outcome ? (
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
            <p className="nhsuk-notification-banner__heading">{outcome}</p>
            {example.status === "published" ? (
              <p>
                <Link href={`/examples/${example.slug}`}>
                  View the published example
                </Link>
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
      <span className="nhsuk-caption-l">{example.reference}</span>
      <h1>Review example</h1>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Status</dt>
          <dd className="nhsuk-summary-list__value">
            <strong className={`nhsuk-tag ${tagColour[example.status]}`}>
              {statusLabels[example.status]}
            </strong>
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Submitted</dt>
          <dd className="nhsuk-summary-list__value">
            {formatDateTime(example.createdAt)}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Sent by</dt>
          <dd className="nhsuk-summary-list__value">
            <ContactDetails
              name={example.contactName}
              email={example.contactEmail}
            />
            <br />
            {example.contactConsent
              ? "Agreed to show these on the published example"
              : "Not to be shown publicly"}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="preview-heading" className="app-preview">
        <h2 id="preview-heading" className="nhsuk-heading-s app-preview__label">
          {example.status === "published"
            ? "As published"
            : "As it would be published"}
        </h2>
        <ExampleArticle example={example} preview />
      </section>

      <ReviewForms
        reference={example.reference}
        title={example.title}
        status={example.status}
        version={example.version}
        themes={themes}
        values={formValuesOf(example)}
      />

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ResponsiveTable
          caption="History, newest first"
          rows={example.history}
          rowKey={(event) => event.id}
          columns={[
            {
              header: "When",
              cell: (event) => formatDateTime(event.createdAt),
            },
            { header: "What", cell: (event) => actionLabels[event.action] },
            {
              header: "Who",
              cell: (event) => event.moderatorName ?? "The person who sent it",
            },
            {
              header: "Details",
              cell: (event) => <EventDetails event={event} />,
            },
          ]}
        />
      </section>
    </>
  );
}
