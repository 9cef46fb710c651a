import type { Metadata } from "next";
import Link from "next/link";
import { permanentRedirect } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CopyLink } from "@/components/copy-link";
import { ExampleList } from "@/components/example-list";
import { formatDate } from "@/components/format";
import { PageNotFound } from "@/components/page-not-found";
import { SearchForm } from "@/components/search-form";
import { serviceName } from "@/components/site-header";
import { absoluteUrl } from "@/components/site-url";
import { ThemeTags } from "@/components/theme-tags";
import {
  findExampleRoute,
  listRelatedExamples,
  type ExampleWithThemes,
} from "@/db/examples";
import { careSettings, regions } from "@/db/options";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = await findExampleRoute((await params).slug);
  if (route.kind === "withdrawn")
    return { title: "Example withdrawn", robots: { index: false } };
  if (route.kind !== "published") return { title: "Page not found" };
  const { example } = route;
  const url = absoluteUrl(`/examples/${example.slug}`);
  return {
    title: example.title,
    description: example.summary,
    alternates: {
      canonical: url,
      types: {
        "application/atom+xml": [
          {
            url: absoluteUrl("/feed.xml"),
            title: `${serviceName}: newest examples`,
          },
        ],
      },
    },
    openGraph: {
      type: "article",
      url,
      title: example.title,
      description: example.summary,
      siteName: serviceName,
      locale: "en_GB",
      publishedTime: example.publishedAt?.toISOString(),
      modifiedTime: example.updatedAt.toISOString(),
      tags: example.themes.map((theme) => theme.name),
    },
    twitter: {
      card: "summary",
      title: example.title,
      description: example.summary,
    },
  };
}

/** Schema.org data for search engines and link previews; "<" is escaped so text cannot end the script. */
function jsonLd(example: ExampleWithThemes): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: example.title,
    description: example.summary,
    url: absoluteUrl(`/examples/${example.slug}`),
    identifier: example.reference,
    datePublished: example.publishedAt?.toISOString(),
    dateModified: example.updatedAt.toISOString(),
    inLanguage: "en-GB",
    keywords: [
      ...example.themes.map((theme) => theme.name),
      ...example.keywords,
    ].join(", "),
    ...(example.sourceUrl
      ? {
          isBasedOn: {
            "@type": "CreativeWork",
            name: [example.sourceTitle, example.sourceChapter]
              .filter(Boolean)
              .join(": "),
            url: example.sourceUrl,
          },
        }
      : {}),
  };
  return JSON.stringify(data).replace(/</g, "\\u003c");
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
  const route = await findExampleRoute((await params).slug);
  if (route.kind === "moved") permanentRedirect(`/examples/${route.slug}`);
  if (route.kind === "withdrawn")
    return <Withdrawn reference={route.reference} />;
  if (route.kind !== "published") return <PageNotFound />;
  const { example } = route;
  const related = await listRelatedExamples(example);
  const canonical = absoluteUrl(`/examples/${example.slug}`);

  const sections = [
    { heading: "Why it was needed", text: example.problem },
    { heading: "What was done", text: example.approach },
    { heading: "Results so far", text: example.impact },
    { heading: "Lessons for others", text: example.learning },
  ];

  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLd(example) }}
      />
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: "/examples", label: "Examples" },
        ]}
      />
      <div className="nhsuk-grid-row">
        <article className="nhsuk-grid-column-two-thirds">
          <span className="nhsuk-caption-l">{example.reference}</span>
          <h1>{example.title}</h1>
          <p className="nhsuk-lede-text">{example.summary}</p>
          <ThemeTags themes={example.themes} />

          {sections.map(({ heading, text }) =>
            text ? (
              <section key={heading}>
                <h2>{heading}</h2>
                <p className="app-preserve-lines">{text}</p>
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
            {example.sourceUrl && /^https?:\/\//.test(example.sourceUrl) ? (
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

          <h2 className="app-no-print">Share this example</h2>
          <div className="app-no-print">
            <CopyLink url={canonical} />
          </div>
          <p className="app-print-only">
            Read online at {canonical} (reference {example.reference})
          </p>
        </article>

        {related.length > 0 ? (
          <aside
            className="nhsuk-grid-column-one-third app-no-print"
            aria-labelledby="related-heading"
          >
            <h2 className="nhsuk-heading-m" id="related-heading">
              Related examples
            </h2>
            <ExampleList examples={related} headingLevel={3} />
          </aside>
        ) : null}
      </div>
    </>
  );
}

function Withdrawn({ reference }: { reference: string }) {
  return (
    <>
      <h1>This example has been withdrawn</h1>
      <p>
        Example {reference} is no longer published. It may have been out of
        date, or the people who shared it asked for it to be taken down.
      </p>
      <p>
        You can <Link href="/examples">search the examples</Link> for others
        like it.
      </p>
      <SearchForm id="withdrawn-search" />
    </>
  );
}
