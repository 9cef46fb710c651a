import Link from "@/components/link";
import { Highlight } from "./highlight";
import { ResultLink } from "./search/result-link";
import { ShortlistButton } from "./shortlist-button";
import { ThemeTags } from "./theme-tags";

type ListedExample = {
  slug: string;
  reference: string;
  title: string;
  summary: string;
  themes: { slug: string; name: string }[];
};

/** A list of examples: title linking to the example, summary, theme tags and "Add to shortlist". */
export function ExampleList({
  examples,
  headingLevel = 2,
  terms = [],
  openedFrom,
}: {
  examples: ListedExample[];
  headingLevel?: 2 | 3;
  /** Searched words to mark in titles and summaries. */
  terms?: string[];
  /** For a list of search results: the words searched and the first result's position, so that opening one is counted for search insights. */
  openedFrom?: { q: string; firstPosition: number };
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="app-result-list">
      {examples.map((example, i) => (
        <li key={example.slug} className="app-result">
          <Heading className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
            {openedFrom ? (
              <ResultLink
                href={`/examples/${example.slug}`}
                ping={`/api/insights/opened?${new URLSearchParams({
                  q: openedFrom.q,
                  example: example.reference,
                  position: String(openedFrom.firstPosition + i),
                })}`}
              >
                <Highlight text={example.title} terms={terms} />
              </ResultLink>
            ) : (
              <Link href={`/examples/${example.slug}`}>
                <Highlight text={example.title} terms={terms} />
              </Link>
            )}
          </Heading>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
            <Highlight text={example.summary} terms={terms} />
          </p>
          <ThemeTags themes={example.themes} />
          <ShortlistButton
            reference={example.reference}
            title={example.title}
          />
        </li>
      ))}
    </ul>
  );
}
