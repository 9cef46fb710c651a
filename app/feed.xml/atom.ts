import "server-only";
import { Feed } from "feed";
import { formatDate } from "@/components/format";
import { absoluteUrl } from "@/components/site-url";
import { serviceName } from "@/components/site-header";
import type { ExampleWithThemes } from "@/db/examples";

const htmlEntities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text for HTML content: submitted text is never markup. */
function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (character) => htmlEntities[character] ?? character,
  );
}

/** The summary, then the same dates as the example's page, so a reader can judge how current it is. */
function feedContent(example: ExampleWithThemes): string {
  const lines = [
    example.summary,
    example.sourcePeriod,
    example.publishedAt
      ? `Added to the catalogue ${formatDate(example.publishedAt)}.`
      : null,
    example.reviewDueAt
      ? `Review due ${formatDate(example.reviewDueAt)}.`
      : null,
  ];
  return lines
    .filter((line): line is string => Boolean(line))
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("");
}

/** An Atom feed of published examples, newest first. */
export function atomResponse({
  title,
  path,
  pagePath,
  examples,
}: {
  title: string;
  path: string;
  pagePath: string;
  examples: ExampleWithThemes[];
}): Response {
  const feed = new Feed({
    title,
    description: "Innovation and quality improvement examples from NHS trusts",
    id: absoluteUrl(path),
    link: absoluteUrl(pagePath),
    language: "en-GB",
    updated: examples.reduce(
      (latest, example) =>
        example.updatedAt > latest ? example.updatedAt : latest,
      new Date(0),
    ),
    feedLinks: { atom: absoluteUrl(path) },
    generator: serviceName,
    copyright: "Examples as published; report figures © NHS Providers",
  });
  for (const example of examples) {
    const url = absoluteUrl(`/examples/${example.slug}`);
    feed.addItem({
      title: example.title,
      id: url,
      link: url,
      description: example.summary,
      content: feedContent(example),
      date: example.updatedAt,
      published: example.publishedAt ?? example.updatedAt,
      category: example.themes.map((theme) => ({ name: theme.name })),
    });
  }
  return new Response(feed.atom1(), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
