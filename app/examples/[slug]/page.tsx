import type { Metadata } from "next";
import Link from "@/components/link";
import { permanentRedirect } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ShortlistButton } from "@/components/shortlist-button";
import { TriedElsewhere } from "@/components/tried-elsewhere";
import { canBeClaimed, listPublishedReports } from "@/db/moderation";
import { listExampleResults } from "@/db/catalogue";
import { countViewOnPage } from "@/app/search-counting";
import { CopyLink } from "@/components/copy-link";
import { ExampleList } from "@/components/example-list";
import { ExampleArticle } from "@/components/example-article";
import { PageNotFound } from "@/components/page-not-found";
import { SearchForm } from "@/components/search-form";
import { serviceName } from "@/components/site-header";
import { absoluteUrl } from "@/components/site-url";
import {
  findExampleRoute,
  listRelatedExamples,
  type ExampleWithThemes,
} from "@/db/catalogue";

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

export default async function ExamplePage({ params }: Props) {
  const route = await findExampleRoute((await params).slug);
  if (route.kind === "moved") permanentRedirect(`/examples/${route.slug}`);
  if (route.kind === "withdrawn")
    return <Withdrawn reference={route.reference} />;
  if (route.kind !== "published") return <PageNotFound />;
  const { example } = route;
  await countViewOnPage(example.id);
  const [related, reports, results] = await Promise.all([
    listRelatedExamples(example),
    listPublishedReports(example.id),
    listExampleResults(example.id),
  ]);
  const canonical = absoluteUrl(`/examples/${example.slug}`);

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
          <ExampleArticle
            example={example}
            {...results}
            claimable={canBeClaimed(example)}
          />
          <TriedElsewhere slug={example.slug} reports={reports} />

          <h2 className="app-no-print">Share this example</h2>
          <div className="nhsuk-u-margin-bottom-6 app-no-print">
            <CopyLink url={canonical} />
            <ShortlistButton
              reference={example.reference}
              title={example.title}
            />
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
