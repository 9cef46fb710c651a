import "server-only";
import { publicResponse } from "@/app/public-response";
import { formatDate, pluralise } from "@/components/format";
import { listPublishedReportsOf, type PublicReport } from "@/db/moderation";
import { careSettings } from "@/db/options";
import { absoluteUrl } from "@/components/site-url";
import { serviceName } from "@/components/site-header";
import type { ExampleWithThemes } from "@/db/catalogue";
import { atomXml } from "@/app/xml";

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

/**
 * The summary, then the same dates as the example's page, so a reader can judge how current it
 * is, then what teams that tried it reported.
 */
function feedContent(
  example: ExampleWithThemes,
  reports: PublicReport[],
): string {
  const lines = [
    example.summary,
    example.sourcePeriod,
    example.publishedAt
      ? `Added to the catalogue ${formatDate(example.publishedAt)}.`
      : null,
    example.reviewDueAt
      ? `Review due ${formatDate(example.reviewDueAt)}.`
      : null,
    reports.length > 0
      ? `Tried elsewhere: ${pluralise(reports.length, "report")}.`
      : null,
    ...reports.map(
      (report) =>
        `${report.reference} (${careSettings[report.careSetting]}): ${report.results}${
          report.state === "stopped"
            ? ` Stopped: ${report.stoppedReason}`
            : " Still running."
        }`,
    ),
  ];
  return lines
    .filter((line): line is string => Boolean(line))
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("");
}

/** An Atom feed of published examples, newest first. */
export async function atomResponse({
  request,
  title,
  path,
  pagePath,
  examples,
}: {
  request: Request;
  title: string;
  path: string;
  pagePath: string;
  examples: ExampleWithThemes[];
}): Promise<Response> {
  const reports = await listPublishedReportsOf(
    examples.map((example) => example.id),
  );
  const xml = atomXml({
    id: absoluteUrl(path),
    title,
    subtitle: "Innovation and quality improvement examples from NHS trusts",
    pageUrl: absoluteUrl(pagePath),
    selfUrl: absoluteUrl(path),
    generator: serviceName,
    rights: "Examples as published; report figures © NHS Providers",
    updated: examples.reduce(
      (latest, example) =>
        example.updatedAt > latest ? example.updatedAt : latest,
      new Date(0),
    ),
    entries: examples.map((example) => ({
      title: example.title,
      url: absoluteUrl(`/examples/${example.slug}`),
      summary: example.summary,
      contentHtml: feedContent(example, reports.get(example.id) ?? []),
      updated: example.updatedAt,
      published: example.publishedAt ?? example.updatedAt,
      categories: example.themes.map((theme) => ({
        term: theme.slug,
        label: theme.name,
      })),
    })),
  });
  return publicResponse(request, xml, {
    "Content-Type": "application/atom+xml; charset=utf-8",
  });
}
