import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { formatDate } from "@/components/format";
import { ThemeTags } from "@/components/theme-tags";
import { getPublishedExampleBySlug } from "@/db/examples";
import { careSettings, regions } from "@/db/options";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const example = await getPublishedExampleBySlug((await params).slug);
  return example
    ? { title: example.title, description: example.summary }
    : { title: "Page not found" };
}

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

export default async function ExamplePage({ params }: Props) {
  const example = await getPublishedExampleBySlug((await params).slug);
  if (!example) notFound();

  const sections = [
    { heading: "Why it was needed", text: example.problem },
    { heading: "What was done", text: example.approach },
    { heading: "Results so far", text: example.impact },
    { heading: "Lessons for others", text: example.learning },
  ];

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: "/examples", label: "Examples" },
        ]}
      />
      <span className="nhsuk-caption-l">{example.reference}</span>
      <h1>{example.title}</h1>
      <p className="nhsuk-lede-text">{example.summary}</p>
      <ThemeTags themes={example.themes} />

      {sections.map(({ heading, text }) =>
        text ? (
          <section key={heading}>
            <h2>{heading}</h2>
            <p>{text}</p>
          </section>
        ) : null,
      )}

      <h2>About this example</h2>
      <dl className="nhsuk-summary-list">
        <Row label="Organisation">
          {example.organisation ?? "Not named in the source"}
        </Row>
        <Row label="Care setting">
          {example.careSetting
            ? careSettings[example.careSetting]
            : "Not stated"}
        </Row>
        <Row label="Region">
          {example.region ? regions[example.region] : "Not stated"}
        </Row>
        {example.keywords.length > 0 ? (
          <Row label="Keywords">{example.keywords.join(", ")}</Row>
        ) : null}
        {example.sourceUrl ? (
          <Row label="Source">
            <a href={example.sourceUrl}>
              {example.sourceTitle ?? example.sourceUrl}
              {example.sourceChapter
                ? `, chapter ‘${example.sourceChapter}’`
                : ""}
            </a>
          </Row>
        ) : null}
        {example.contactConsent && example.contactName ? (
          <Row label="Contact">
            {example.contactName}
            {example.contactEmail ? (
              <>
                <br />
                <a href={`mailto:${example.contactEmail}`}>
                  {example.contactEmail}
                </a>
              </>
            ) : null}
          </Row>
        ) : null}
        <Row label="Reference">{example.reference}</Row>
        {example.publishedAt ? (
          <Row label="Published">{formatDate(example.publishedAt)}</Row>
        ) : null}
        <Row label="Last updated">{formatDate(example.updatedAt)}</Row>
        {example.reviewDueAt ? (
          <Row label="Review due">{formatDate(example.reviewDueAt)}</Row>
        ) : null}
      </dl>
    </>
  );
}
