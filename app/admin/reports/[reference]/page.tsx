import type { Metadata } from "next";
import Link from "@/components/link";
import { postedMeasure } from "@/app/forms/groups/results-over-time";
import { outcomeMessage, ReviewPage } from "@/app/admin/review-page";
import { SentByRows } from "@/app/admin/review-parts";
import { requireModerator } from "@/app/admin/session";
import { PageNotFound } from "@/components/page-not-found";
import { TriedReport } from "@/components/tried-elsewhere";
import {
  editableReportColumns,
  getReportForReview,
  toPublicReport,
} from "@/db/moderation";
import { storedFormValues } from "@/app/forms/fields";
import { findSimilarExamples } from "@/db/search";
import { ReportDecisionForms } from "./decision-forms";
import type { SearchParams } from "@/app/search-params";
import { SummaryRow } from "@/components/summary-list";

// The decision forms render the title themselves, so an error can prefix it without JavaScript.
export const metadata: Metadata = { title: null };

type Props = {
  params: Promise<{ reference: string }>;
  searchParams: SearchParams<"outcome">;
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
  const examplePublished = report.example.status === "published";

  return (
    <ReviewPage
      moderator={moderator}
      outcome={outcomeMessage("Report", (await searchParams).outcome)}
      publishedLink={{
        href: `/examples/${report.example.slug}#tried-elsewhere`,
        text: "View it under the example",
      }}
      reference={report.reference}
      heading="Review ‘we tried this too’ report"
      status={report.status}
      rows={
        <>
          <SummaryRow label="About the example">
            <Link href={`/admin/examples/${report.example.reference}`}>
              {report.example.title} ({report.example.reference})
            </Link>
            {examplePublished ? null : (
              <span className="nhsuk-u-display-block">
                This example is not published.
              </span>
            )}
          </SummaryRow>
          <SentByRows sentLabel="Sent" sent={report} about="report" />
        </>
      }
      preview={<TriedReport report={toPublicReport(report, report)} />}
      similar={{
        examples: await findSimilarExamples(
          { title: report.changes, summary: report.results },
          { excludeId: report.exampleId },
        ),
        advice: `Check the team tried ‘${report.example.title}’ and not one of these. If they meant another, reject this report and ask them to send it from that example's page.`,
      }}
      forms={
        <ReportDecisionForms
          reference={report.reference}
          exampleTitle={report.example.title}
          status={report.status}
          version={report.version}
          examplePublished={examplePublished}
          values={{
            ...storedFormValues(report, editableReportColumns),
            measure: report.measures.map(postedMeasure),
          }}
        />
      }
      history={report.history}
    />
  );
}
