import type { Metadata } from "next";
import { AdminBar } from "@/app/admin/admin-bar";
import { requireModerator } from "@/app/admin/session";
import { ExampleArticle } from "@/components/example-article";
import { ModerationHistory } from "@/app/admin/moderation-history";
import {
  OutcomeBanner,
  SentByRows,
  SimilarExamplesSection,
  StatusTag,
} from "@/app/admin/review-parts";
import { PageNotFound } from "@/components/page-not-found";
import { getExampleForReview, type ExampleForReview } from "@/db/moderation";
import { findSimilarExamples } from "@/db/search";
import { listExampleOutcomes } from "@/db/catalogue";
import { listThemesWithCounts } from "@/db/catalogue";
import { ReviewForms } from "./review-forms";

// The review form renders the title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };

type Props = {
  params: Promise<{ reference: string }>;
  searchParams: Promise<{ outcome?: string | string[] }>;
};

const outcomes: Record<string, string> = {
  save: "Your changes have been saved",
  approve: "Example published",
  reject: "Example rejected",
  withdraw: "Example withdrawn",
  unchanged: "Nothing needed changing",
};

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
    oneOffCost: example.oneOffCost?.toString() ?? "",
    runningCost: example.runningCost?.toString() ?? "",
    runningCostPeriod: example.runningCostPeriod ?? "",
    staffHours: example.staffHours?.toString() ?? "",
    staffHoursPeriod: example.staffHoursPeriod ?? "",
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
  const example = await getExampleForReview(reference);
  if (!example) return <PageNotFound />;
  const outcome = outcomes[String((await searchParams).outcome)];
  const similar = await findSimilarExamples(example, { excludeId: example.id });
  const themes = (await listThemesWithCounts()).map((theme) => ({
    value: theme.slug,
    label: theme.name,
  }));

  return (
    <>
      <AdminBar moderator={moderator} />
      {outcome ? (
        <OutcomeBanner
          message={outcome}
          link={
            example.status === "published"
              ? {
                  href: `/examples/${example.slug}`,
                  text: "View the published example",
                }
              : undefined
          }
        />
      ) : null}
      <span className="nhsuk-caption-l">{example.reference}</span>
      <h1>Review example</h1>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Status</dt>
          <dd className="nhsuk-summary-list__value">
            <StatusTag status={example.status} />
          </dd>
        </div>
        <SentByRows sentLabel="Submitted" sent={example} about="example" />
      </dl>

      <section aria-labelledby="preview-heading" className="app-preview">
        <h2 id="preview-heading" className="nhsuk-heading-s app-preview__label">
          {example.status === "published"
            ? "As published"
            : "As it would be published"}
        </h2>
        <ExampleArticle
          example={example}
          outcomes={await listExampleOutcomes(example.id)}
          preview
        />
      </section>

      <SimilarExamplesSection
        examples={similar}
        advice="Check this is not a copy of one of these. If the person tried one of them, a ‘we tried this too’ report may suit it better."
      />

      <ReviewForms
        reference={example.reference}
        title={example.title}
        status={example.status}
        version={example.version}
        themes={themes}
        values={formValuesOf(example)}
      />

      <ModerationHistory events={example.history} />
    </>
  );
}
