import Link from "next/link";
import { Highlight } from "./highlight";
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
}: {
  examples: ListedExample[];
  headingLevel?: 2 | 3;
  /** Searched words to mark in titles and summaries. */
  terms?: string[];
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="app-result-list">
      {examples.map((example) => (
        <li key={example.slug} className="app-result">
          <Heading className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
            <Link href={`/examples/${example.slug}`}>
              <Highlight text={example.title} terms={terms} />
            </Link>
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
