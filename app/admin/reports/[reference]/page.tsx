import type { Metadata } from "next";
import Link from "next/link";
import { AdminBar } from "@/app/admin/admin-bar";
import { ModerationHistory } from "@/app/admin/moderation-history";
import {
  OutcomeBanner,
  SentByRows,
  SimilarExamplesSection,
  StatusTag,
} from "@/app/admin/review-parts";
import { requireModerator } from "@/app/admin/session";
import { PageNotFound } from "@/components/page-not-found";
import { TriedReport } from "@/components/tried-elsewhere";
import { getReportForReview } from "@/db/moderation";
import { findSimilarExamples } from "@/db/search";
import { ReportDecisionForms } from "./decision-forms";

// The decision forms render the title themselves, so an error can prefix it without JavaScript.
export const metadata: Metadata = { title: null };

type Props = {
  params: Promise<{ reference: string }>;
  searchParams: Promise<{ outcome?: string | string[] }>;
};

const outcomes: Record<string, string> = {
  save: "Your changes have been saved",
  approve: "Report published",
  reject: "Report rejected",
  withdraw: "Report withdrawn",
  unchanged: "Nothing needed changing",
};

/** /admin/reports/TR-0003: a moderator reviews a "we tried this too" report. */
export default async function ReportReviewPage({
  params,
  searchParams,
}: Props) {
  const reference = decodeURIComponent((await params).reference).toUpperCase();
  const moderator = await requireModerator(
    /^TR-\d+$/.test(reference) ? `/admin/reports/${reference}` : "/admin",
  );
  const report = await getReportForReview(reference);
  if (!report) return <PageNotFound />;
  const outcome = outcomes[String((await searchParams).outcome)];
  const examplePublished = report.example.status === "published";

  return (
    <>
      <AdminBar moderator={moderator} />
      {outcome ? (
        <OutcomeBanner
          message={outcome}
          link={
            report.status === "published"
              ? {
                  href: `/examples/${report.example.slug}#tried-elsewhere`,
                  text: "View it under the example",
                }
              : undefined
          }
        />
      ) : null}
      <span className="nhsuk-caption-l">{report.reference}</span>
      <h1>Review ‘we tried this too’ report</h1>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Status</dt>
          <dd className="nhsuk-summary-list__value">
            <StatusTag status={report.status} />
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">About the example</dt>
          <dd className="nhsuk-summary-list__value">
            <Link href={`/admin/examples/${report.example.reference}`}>
              {report.example.title} ({report.example.reference})
            </Link>
            {examplePublished ? null : (
              <span className="nhsuk-u-display-block">
                This example is not published.
              </span>
            )}
          </dd>
        </div>
        <SentByRows sentLabel="Sent" sent={report} about="report" />
      </dl>

      <section aria-labelledby="preview-heading" className="app-preview">
        <h2 id="preview-heading" className="nhsuk-heading-s app-preview__label">
          {report.status === "published"
            ? "As published"
            : "As it would be published"}
        </h2>
        <TriedReport
          report={{
            ...report,
            contactName: report.contactConsent ? report.contactName : null,
            contactEmail: report.contactConsent ? report.contactEmail : null,
          }}
        />
      </section>

      <SimilarExamplesSection
        examples={await findSimilarExamples(
          { title: report.changes, summary: report.results },
          { excludeId: report.exampleId },
        )}
        advice={`Check the team tried ‘${report.example.title}’ and not one of these. If they meant another, reject this report and ask them to send it from that example's page.`}
      />

      <ReportDecisionForms
        reference={report.reference}
        exampleTitle={report.example.title}
        status={report.status}
        version={report.version}
        examplePublished={examplePublished}
        values={{
          careSetting: report.careSetting,
          region: report.region ?? "",
          organisation: report.organisation ?? "",
          changes: report.changes,
          results: report.results,
          state: report.state,
          stoppedReason: report.stoppedReason ?? "",
          oneOffCost: report.oneOffCost?.toString() ?? "",
          runningCost: report.runningCost?.toString() ?? "",
          runningCostPeriod: report.runningCostPeriod ?? "",
          staffHours: report.staffHours?.toString() ?? "",
          staffHoursPeriod: report.staffHoursPeriod ?? "",
          contactName: report.contactName ?? "",
          contactEmail: report.contactEmail ?? "",
          contactConsent: report.contactConsent ? "yes" : "",
        }}
      />

      <ModerationHistory events={report.history} />
    </>
  );
}
