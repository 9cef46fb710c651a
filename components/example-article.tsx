import { ContactDetails, ContactLink } from "@/components/contact-details";
import { formatDate } from "@/components/format";
import { ExampleLabels } from "@/components/example-labels";
import { MeasuredResults, WhatItCost } from "@/components/measured-results";
import { pageChangesAt } from "@/app/kept-pages";
import { isReviewOverdue, type OutcomeValues } from "@/db/catalogue";
import { ThemeTags } from "@/components/theme-tags";
import type { ExampleWithThemes } from "@/db/catalogue";
import { careSettings, regions } from "@/db/options";

function Row({
  label,
  children,
}: {
  label: string;
  children: React.ReactNode;
}) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

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
  preview = false,
  claimable = false,
}: {
  example: ExampleWithThemes;
  /** Its measured outcomes, shown as a table after the results. */
  outcomes?: OutcomeValues[];
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
      <WhatItCost resources={example} heading={Heading} />

      <Heading className="nhsuk-heading-l">About this example</Heading>
      <dl className="nhsuk-summary-list">
        <Row label="Organisation">
          {example.organisation ??
            (example.sourceUrl ? "Not named in the source" : "Not given")}
        </Row>
        <Row label="Care setting">
          {example.careSetting
            ? careSettings[example.careSetting]
            : "Not stated"}
        </Row>
        <Row label="Region">
          {example.region ? regions[example.region] : "Not stated"}
        </Row>
        {isWebAddress(example.moreInfoUrl) ? (
          <Row label="More information">
            <a href={example.moreInfoUrl} rel="noopener noreferrer nofollow">
              {example.moreInfoUrl}
            </a>
          </Row>
        ) : null}
        {isWebAddress(example.sourceUrl) ? (
          <Row label="Source">
            <a href={example.sourceUrl}>
              {example.sourceTitle ?? example.sourceUrl}
              {example.sourceChapter
                ? `, chapter ‘${example.sourceChapter}’`
                : ""}
            </a>
          </Row>
        ) : null}
        {(example.contactConsent && example.contactName) || contactable ? (
          <Row label="Contact">
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
          </Row>
        ) : claimable ? (
          <Row label="Contact">
            No contact yet
            {preview ? null : (
              <ContactLink
                href={`/examples/${example.slug}/claim`}
                text="Is this your trust's work?"
                after
              />
            )}
          </Row>
        ) : null}
        <Row label="Reference">{example.reference}</Row>
        {example.sourcePeriod ? (
          <Row label="When reported">{example.sourcePeriod}</Row>
        ) : null}
        {example.publishedAt ? (
          <Row label="Added to the catalogue">
            {formatDate(example.publishedAt)}
          </Row>
        ) : null}
        <Row label="Last updated">{formatDate(example.updatedAt)}</Row>
        {example.confirmedAt ? (
          <Row label="Last confirmed as current">
            {confirmedBySourceOnly(example)
              ? "Not checked since it was reported"
              : formatDate(example.confirmedAt)}
          </Row>
        ) : null}
        {example.reviewDueAt ? (
          <Row label="Review due">
            <ReviewDue dueAt={example.reviewDueAt} />
          </Row>
        ) : null}
      </dl>
    </>
  );
}
