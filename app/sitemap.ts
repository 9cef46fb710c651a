import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/components/site-url";
import { listPublishedExampleDates } from "@/db/examples";
import { listThemesWithCounts } from "@/db/themes";

export const dynamic = "force-dynamic";

/** /sitemap.xml: every published example and every theme, with when each last changed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [examples, themes] = await Promise.all([
    listPublishedExampleDates(),
    listThemesWithCounts(),
  ]);
  return [
    { url: absoluteUrl("/") },
    { url: absoluteUrl("/examples") },
    { url: absoluteUrl("/themes") },
    { url: absoluteUrl("/survey") },
    ...themes.map((theme) => ({
      url: absoluteUrl(`/themes/${theme.slug}`),
      lastModified: theme.lastChange ?? undefined,
    })),
    ...examples.map((example) => ({
      url: absoluteUrl(`/examples/${example.slug}`),
      lastModified: example.updatedAt,
    })),
  ];
}
