import type { PublicReport } from "@/db/moderation";
import { adoptionStates, careSettings, regions } from "@/db/options";
import { ActionLink } from "./action-link";
import { ContactDetails, ContactLink } from "./contact-details";
import { formatDate, pluralise } from "./format";
import { MeasuredResults, WhatItCost } from "./measured-results";
import { ResultsOverTime } from "./results-over-time";
import { SummaryRow } from "@/components/summary-list";

/** One team's report of trying an example: where, what they changed, what happened, and whether it lasted. */
export function TriedReport({
  report,
  headingLevel = 3,
  exampleSlug,
}: {
  report: PublicReport;
  headingLevel?: 3 | 4;
  /** The example's address, for the link to contact the team that sent the report. */
  exampleSlug?: string;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const where = [
    report.organisation,
    careSettings[report.careSetting],
    report.region ? regions[report.region] : null,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <Heading className="nhsuk-card__heading nhsuk-heading-s">
          {where}
        </Heading>
        <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
          {report.reference}
          {report.publishedAt
            ? `, published ${formatDate(report.publishedAt)}`
            : ""}
        </p>
        <dl className="nhsuk-summary-list nhsuk-u-margin-bottom-0">
          <SummaryRow label="What they changed" valueClass="app-preserve-lines">
            {report.changes}
          </SummaryRow>
          <SummaryRow label="What happened" valueClass="app-preserve-lines">
            {report.results}
          </SummaryRow>
          <SummaryRow label="Still running?">
            {report.state === "stopped" ? (
              <>
                <strong>{adoptionStates.stopped}</strong>
                <span className="app-preserve-lines nhsuk-u-display-block">
                  Why: {report.stoppedReason}
                </span>
              </>
            ) : (
              adoptionStates.running
            )}
          </SummaryRow>
          {report.contactName || report.contactable ? (
            <SummaryRow label="Contact">
              {report.contactName ? (
                <ContactDetails
                  name={report.contactName}
                  email={report.contactEmail}
                />
              ) : null}
              {report.contactable && exampleSlug ? (
                <ContactLink
                  href={`/examples/${exampleSlug}/contact?report=${report.reference}`}
                  text={`Contact the team that sent ${report.reference}`}
                  after={Boolean(report.contactName)}
                />
              ) : null}
            </SummaryRow>
          ) : null}
        </dl>
        <MeasuredResults outcomes={report.outcomes} heading="h4" />
        <ResultsOverTime
          measures={report.measures}
          heading="h4"
          csvHref={
            exampleSlug
              ? (number) =>
                  `/examples/${exampleSlug}/measures/${number}.csv?report=${report.reference}`
              : undefined
          }
        />
        <WhatItCost resources={report} heading="h4" />
      </div>
    </div>
  );
}

/** "Tried elsewhere" on an example's page: every published report, stopped ones included. */
export function TriedElsewhere({
  slug,
  reports,
}: {
  slug: string;
  reports: PublicReport[];
}) {
  return (
    <section aria-labelledby="tried-elsewhere" className="app-no-print">
      <h2 id="tried-elsewhere">Tried elsewhere</h2>
      <p>{triedSummary(reports)}</p>
      {reports.map((report) => (
        <TriedReport
          key={report.reference}
          report={report}
          exampleSlug={slug}
        />
      ))}
      <ActionLink
        href={`/examples/${slug}/tried`}
        text="Tell us if your team tried this too"
      />
    </section>
  );
}

function triedSummary(reports: PublicReport[]): string {
  if (reports.length === 0)
    return "No other team has told us about trying this yet.";
  const stopped = reports.filter((report) => report.state === "stopped").length;
  const tried = `${pluralise(reports.length, "team")} told us they tried this.`;
  if (stopped === 0) return tried;
  if (reports.length === 1) return `${tried} They stopped, and say why below.`;
  return `${tried} ${stopped} of them stopped, and say why below.`;
}
