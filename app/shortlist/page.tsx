import type { Metadata } from "next";
import Link from "@/components/link";
import { CopyLink } from "@/components/copy-link";
import { ExampleArticle } from "@/components/example-article";
import { pluralise } from "@/components/format";
import { absoluteUrl } from "@/components/site-url";
import { ThemeTags } from "@/components/theme-tags";
import { getShortlist, type Shortlist } from "@/db/catalogue";
import { listOutcomesOf } from "@/db/catalogue";
import {
  OpenStoredShortlist,
  RemoveGoneReferences,
  ShortlistItemControls,
  ShortlistToolbar,
} from "./shortlist-controls";
import {
  readShortlistRefs,
  shortlistLimit,
  shortlistUrl,
  type ShortlistRefs,
} from "./shortlist-refs";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Shortlist",
  // Anyone can make up a shortlist link: none of them is a page for search engines.
  robots: { index: false },
};

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * /shortlist?refs=IX-0005,IX-0006: examples someone gathered, in their order, to share, print or
 * download. The link holds the whole list, so it opens on anyone's device with no account.
 */
export default async function ShortlistPage({ searchParams }: Props) {
  const { refs } = await searchParams;
  if (refs === undefined)
    return (
      <>
        <h1>Your shortlist</h1>
        <OpenStoredShortlist>
          <EmptyShortlist />
        </OpenStoredShortlist>
      </>
    );

  const read = readShortlistRefs(refs);
  const shortlist = await getShortlist(read.references);
  const outcomes = await listOutcomesOf(
    "exampleId",
    shortlist.examples.map((example) => example.id),
  );
  const shownRefs = shortlist.examples.map((example) => example.reference);
  const link = absoluteUrl(shortlistUrl(read.references));

  return (
    <>
      <h1>Shortlist</h1>
      <p className="nhsuk-lede-text">
        {pluralise(shortlist.examples.length, "example")}, in the order they
        were added.
      </p>
      <GoneNotice
        read={read}
        shortlist={shortlist}
        pageRefs={read.references}
        shownRefs={shownRefs}
      />

      {shortlist.examples.length === 0 ? (
        <EmptyShortlist />
      ) : (
        <>
          <ShortlistToolbar pageRefs={read.references} />
          <ol className="app-shortlist app-no-print">
            {shortlist.examples.map((example) => (
              <li key={example.reference} className="app-result">
                <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
                  <Link href={`/examples/${example.slug}`}>
                    {example.title}
                  </Link>
                </h2>
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
                  {example.summary}
                </p>
                <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-2">
                  Reference {example.reference}
                </p>
                <ThemeTags themes={example.themes} />
                <ShortlistItemControls
                  reference={example.reference}
                  title={example.title}
                  pageRefs={read.references}
                  shownRefs={shownRefs}
                />
              </li>
            ))}
          </ol>

          <h2 className="app-no-print">Share this shortlist</h2>
          <div className="app-no-print">
            <CopyLink url={link} label="Link to this shortlist" />
            <p>
              <a href={`/shortlist.csv?refs=${shownRefs.join(",")}`} download>
                Download this shortlist as CSV
              </a>
            </p>
          </div>

          {/* For print: one example a page, each with its permanent link. */}
          <div className="app-print-only">
            {shortlist.examples.map((example) => {
              const permanent = absoluteUrl(`/e/${example.reference}`);
              return (
                <section key={example.reference} className="app-print-page">
                  <ExampleArticle
                    example={example}
                    outcomes={outcomes.get(example.id)}
                    preview
                  />
                  <p>
                    Permanent link: {permanent} (reference {example.reference})
                  </p>
                </section>
              );
            })}
          </div>
        </>
      )}
    </>
  );
}

function EmptyShortlist() {
  return (
    <>
      <p>There are no examples on this shortlist yet.</p>
      <p>
        Find examples by <Link href="/examples">searching</Link> or{" "}
        <Link href="/themes">browsing by theme</Link>, then choose ‘Add to
        shortlist’. Your shortlist is kept in this browser. To share it, send
        its link: the link opens the same shortlist on anyone’s device.
      </p>
    </>
  );
}

function GoneNotice({
  read,
  shortlist,
  pageRefs,
  shownRefs,
}: {
  read: ShortlistRefs;
  shortlist: Shortlist;
  pageRefs: string[];
  shownRefs: string[];
}) {
  const lines = [
    ...shortlist.withdrawn.map(
      (ref) => `${ref} has been withdrawn, so it is no longer shown.`,
    ),
    ...shortlist.notFound.map(
      (ref) => `${ref} could not be found. Check the reference.`,
    ),
    ...read.unrecognised.map(
      (text) =>
        `‘${text}’ is not an example reference. References look like IX-0005.`,
    ),
    ...(read.leftOut > 0
      ? [
          `${pluralise(read.leftOut, "more example")} left out: a shortlist holds up to ${shortlistLimit}.`,
        ]
      : []),
  ];
  if (lines.length === 0) return null;
  const gone = shortlist.withdrawn.length + shortlist.notFound.length;
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {gone > 0
            ? `${pluralise(gone, "example")} on this shortlist ${gone === 1 ? "is" : "are"} no longer available`
            : "Part of this shortlist link could not be read"}
        </h2>
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {gone > 0 ? (
          <RemoveGoneReferences pageRefs={pageRefs} shownRefs={shownRefs} />
        ) : null}
      </div>
    </div>
  );
}
