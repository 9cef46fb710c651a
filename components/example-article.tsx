import { ContactDetails, ContactLink } from "@/components/contact-details";
import { formatDate } from "@/components/format";
import { ExampleLabels } from "@/components/example-labels";
import { MeasuredResults, WhatItCost } from "@/components/measured-results";
import { pageChangesAt } from "@/app/kept-pages";
import {
  isReviewOverdue,
  type MeasureValues,
  type OutcomeValues,
} from "@/db/catalogue";
import { ResultsOverTime } from "./results-over-time";
import { ThemeTags } from "@/components/theme-tags";
import type { ExampleWithThemes } from "@/db/catalogue";
import { careSettings, regions } from "@/db/options";
import { SummaryRow } from "@/components/summary-list";

/**
 * The date an example is due for review, marked overdue once it has passed. Until then the page
 * changes at that date with nothing written, so a kept copy of it is not answered past it.
 */
async function ReviewDue({ dueAt }: { dueAt: Date }) {
  const overdue = isReviewOverdue(dueAt);
  if (!overdue) await pageChangesAt(dueAt);
  return (
    <>
      {formatDate(dueAt)}
      {overdue ? <strong> (overdue)</strong> : null}
    </>
  );
}

/** Content from a report that no one has confirmed since it was added to the catalogue. */
function confirmedBySourceOnly(example: ExampleWithThemes): boolean {
  return (
    example.sourcePeriod !== null &&
    example.confirmedAt !== null &&
    example.publishedAt !== null &&
    example.confirmedAt < example.publishedAt
  );
}

/** Only http(s) addresses become links, whatever is stored: never javascript: or data:. */
export function isWebAddress(url: string | null): url is string {
  return url !== null && /^https?:\/\//i.test(url);
}

/**
 * An example as the public sees it. Moderators see the same, one heading level down (`preview`),
 * so the review page keeps one h1. All text is rendered as text, never as HTML.
 */
export function ExampleArticle({
  example,
  outcomes = [],
  measures = [],
  preview = false,
  claimable = false,
}: {
  example: ExampleWithThemes;
  /** Its measured outcomes, shown as a table after the results. */
  outcomes?: OutcomeValues[];
  /** Its measures over time, each shown as a chart after the measured outcomes. */
  measures?: MeasureValues[];
  preview?: boolean;
  /** It names no team, so its team can claim it ("Is this your trust's work?"). */
  claimable?: boolean;
}) {
  const Title = preview ? "h2" : "h1";
  const contactable = Boolean(
    example.contactEmail && example.contactForwarding,
  );
  const Heading = preview ? "h3" : "h2";
  const sections = [
    { heading: "Why it was needed", text: example.problem },
    { heading: "What was done", text: example.approach },
    { heading: "Results so far", text: example.impact },
    { heading: "Lessons for others", text: example.learning },
  ];
  return (
    <>
      <span className="nhsuk-caption-l">{example.reference}</span>
      <Title className="nhsuk-heading-xl">{example.title}</Title>
      <p className="nhsuk-lede-text app-preserve-lines">{example.summary}</p>
      <ThemeTags themes={example.themes} />
      <ExampleLabels
        example={example}
        triedHref={preview ? undefined : "#tried-elsewhere"}
      />

      {sections.map(({ heading, text }) =>
        text ? (
          <section key={heading}>
            <Heading className="nhsuk-heading-l">{heading}</Heading>
            <p className="app-preserve-lines">{text}</p>
          </section>
        ) : null,
      )}

      <MeasuredResults outcomes={outcomes} heading={Heading} />
      <ResultsOverTime
        measures={measures}
        heading={Heading}
        csvHref={
          preview
            ? undefined
            : (number) => `/examples/${example.slug}/measures/${number}.csv`
        }
      />
      <WhatItCost resources={example} heading={Heading} />

      <Heading className="nhsuk-heading-l">About this example</Heading>
      <dl className="nhsuk-summary-list">
        <SummaryRow label="Organisation">
          {example.organisation ??
            (example.sourceUrl ? "Not named in the source" : "Not given")}
        </SummaryRow>
        <SummaryRow label="Care setting">
          {example.careSetting
            ? careSettings[example.careSetting]
            : "Not stated"}
        </SummaryRow>
        <SummaryRow label="Region">
          {example.region ? regions[example.region] : "Not stated"}
        </SummaryRow>
        {isWebAddress(example.moreInfoUrl) ? (
          <SummaryRow label="More information">
            <a href={example.moreInfoUrl} rel="noopener noreferrer nofollow">
              {example.moreInfoUrl}
            </a>
          </SummaryRow>
        ) : null}
        {isWebAddress(example.sourceUrl) ? (
          <SummaryRow label="Source">
            <a href={example.sourceUrl}>
              {example.sourceTitle ?? example.sourceUrl}
              {example.sourceChapter
                ? `, chapter ‘${example.sourceChapter}’`
                : ""}
            </a>
          </SummaryRow>
        ) : null}
        {(example.contactConsent && example.contactName) || contactable ? (
          <SummaryRow label="Contact">
            {example.contactConsent && example.contactName ? (
              <ContactDetails
                name={example.contactName}
                email={example.contactEmail}
              />
            ) : null}
            {contactable && preview ? (
              // A preview's links would lead to pages that exist only once it is published.
              <>
                {example.contactConsent && example.contactName ? <br /> : null}
                Staff can send the team a message through this site
              </>
            ) : contactable ? (
              <ContactLink
                href={`/examples/${example.slug}/contact`}
                text="Contact the team"
                after={Boolean(example.contactConsent && example.contactName)}
              />
            ) : null}
          </SummaryRow>
        ) : claimable ? (
          <SummaryRow label="Contact">
            No contact yet
            {preview ? null : (
              <ContactLink
                href={`/examples/${example.slug}/claim`}
                text="Is this your trust's work?"
                after
              />
            )}
          </SummaryRow>
        ) : null}
        <SummaryRow label="Reference">{example.reference}</SummaryRow>
        {example.sourcePeriod ? (
          <SummaryRow label="When reported">{example.sourcePeriod}</SummaryRow>
        ) : null}
        {example.publishedAt ? (
          <SummaryRow label="Added to the catalogue">
            {formatDate(example.publishedAt)}
          </SummaryRow>
        ) : null}
        <SummaryRow label="Last updated">
          {formatDate(example.updatedAt)}
        </SummaryRow>
        {example.confirmedAt ? (
          <SummaryRow label="Last confirmed as current">
            {confirmedBySourceOnly(example)
              ? "Not checked since it was reported"
              : formatDate(example.confirmedAt)}
          </SummaryRow>
        ) : null}
        {example.reviewDueAt ? (
          <SummaryRow label="Review due">
            <ReviewDue dueAt={example.reviewDueAt} />
          </SummaryRow>
        ) : null}
      </dl>
    </>
  );
}
