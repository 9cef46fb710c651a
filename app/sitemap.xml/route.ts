import { publicResponse } from "@/app/public-response";
import { absoluteUrl } from "@/components/site-url";
import { listPublishedExampleDates } from "@/db/catalogue";
import { listThemesWithCounts } from "@/db/catalogue";
import { sitemapXml, type SitemapEntry } from "@/app/xml";

export const dynamic = "force-dynamic";

/**
 * /sitemap.xml: every published example and every theme, with when each last changed. A route
 * rather than Next's sitemap file, so that it can carry an ETag and answer 304 like the feeds.
 */
export async function GET(request: Request) {
  const [examples, themes] = await Promise.all([
    listPublishedExampleDates(),
    listThemesWithCounts(),
  ]);
  const entries: SitemapEntry[] = [
    { url: absoluteUrl("/") },
    { url: absoluteUrl("/examples") },
    { url: absoluteUrl("/themes") },
    { url: absoluteUrl("/survey") },
    ...themes.map((theme) => ({
      url: absoluteUrl(`/themes/${theme.slug}`),
      lastModified: theme.lastChange,
    })),
    ...examples.map((example) => ({
      url: absoluteUrl(`/examples/${example.slug}`),
      lastModified: example.updatedAt,
    })),
  ];
  return publicResponse(request, sitemapXml(entries), {
    "Content-Type": "application/xml; charset=utf-8",
  });
}
