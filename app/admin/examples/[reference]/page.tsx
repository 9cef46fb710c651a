import type { Metadata } from "next";
import { overTimeEvidence } from "@/db/options";
import { confirmCurrentAction } from "@/app/admin/actions";
import { outcomeMessage, ReviewPage } from "@/app/admin/review-page";
import { SentByRows } from "@/app/admin/review-parts";
import { requireModerator } from "@/app/admin/session";
import { ExampleArticle } from "@/components/example-article";
import { PageNotFound } from "@/components/page-not-found";
import {
  editableColumns,
  getExampleForReview,
  type ExampleForReview,
} from "@/db/moderation";
import { storedFormValues } from "@/app/forms/fields";
import { findSimilarExamples } from "@/db/search";
import {
  dueForModeratorSince,
  listExampleResults,
  type MeasureValues,
} from "@/db/catalogue";
import { postedMeasure } from "@/app/forms/groups/results-over-time";
import { listThemesWithCounts } from "@/db/catalogue";
import { ReviewForms } from "./review-forms";
import type { SearchParams } from "@/app/search-params";

// The review form renders the title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };

type Props = {
  params: Promise<{ reference: string }>;
  searchParams: SearchParams<"outcome">;
};

/** The stored answers in the shape the edit form reads. */
function formValuesOf(example: ExampleForReview, measures: MeasureValues[]) {
  return {
    ...storedFormValues(example, editableColumns),
    themes: example.themes.map((theme) => theme.slug),
    measure: measures.map(postedMeasure),
  };
}

/** /admin/examples/IX-0042: a moderator reviews a submitted (or published) example. */
export default async function ExampleReviewPage({
  params,
  searchParams,
}: Props) {
  const reference = decodeURIComponent((await params).reference).toUpperCase();
  const moderator = await requireModerator(
    /^IX-\d+$/.test(reference) ? `/admin/examples/${reference}` : "/admin",
  );
  const example = await getExampleForReview(reference);
  if (!example) return <PageNotFound />;
  const results = await listExampleResults(example.id);
  const themes = (await listThemesWithCounts()).map((theme) => ({
    value: theme.slug,
    label: theme.name,
  }));

  return (
    <ReviewPage
      moderator={moderator}
      outcome={outcomeMessage("Example", (await searchParams).outcome)}
      publishedLink={{
        href: `/examples/${example.slug}`,
        text: "View the published example",
      }}
      reference={example.reference}
      heading="Review example"
      status={example.status}
      rows={<SentByRows sentLabel="Submitted" sent={example} about="example" />}
      preview={<ExampleArticle example={example} {...results} preview />}
      similar={{
        examples: await findSimilarExamples(example, { excludeId: example.id }),
        advice:
          "Check this is not a copy of one of these. If the person tried one of them, a ‘we tried this too’ report may suit it better.",
      }}
      forms={
        <>
          {dueForModeratorSince(example) ? (
            <section aria-labelledby="due-heading">
              <h2 id="due-heading">Due for review</h2>
              <p>
                {example.reviewAskedAt
                  ? "Its team said it has stopped, or did not answer within 30 days when asked whether it is still running."
                  : "It was last confirmed as current 2 years ago, and the catalogue has no team to ask."}{" "}
                Check it, then confirm it is still current, edit it, or withdraw
                it.
              </p>
              <form action={confirmCurrentAction}>
                <input
                  type="hidden"
                  name="reference"
                  value={example.reference}
                />
                <button
                  className="nhsuk-button nhsuk-button--secondary"
                  data-module="nhsuk-button"
                  type="submit"
                >
                  Confirm it is still current
                </button>
              </form>
            </section>
          ) : null}
          <ReviewForms
            reference={example.reference}
            title={example.title}
            status={example.status}
            version={example.version}
            themes={themes}
            measuredOverTime={
              example.evidence === overTimeEvidence.level ||
              results.measures.some(
                (measure) =>
                  measure.points.length >= overTimeEvidence.fewestPoints,
              )
            }
            values={formValuesOf(example, results.measures)}
          />
        </>
      }
      history={example.history}
    />
  );
}
