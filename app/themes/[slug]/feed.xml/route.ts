import { atomResponse } from "@/app/feed.xml/atom";
import { serviceName } from "@/components/site-header";
import { getPublishedExamplesBySlugs } from "@/db/catalogue";
import { searchExamples } from "@/db/search";
import { getThemeBySlug } from "@/db/catalogue";

export const dynamic = "force-dynamic";

/** /themes/[slug]/feed.xml: the 50 newest published examples in one theme. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string }> },
) {
  const theme = await getThemeBySlug((await params).slug);
  if (!theme) return new Response("Theme not found", { status: 404 });
  const { results } = await searchExamples({
    themes: [theme.slug],
    sort: "newest",
    perPage: 50,
  });
  return atomResponse({
    request,
    title: `${serviceName}: ${theme.name}`,
    path: `/themes/${theme.slug}/feed.xml`,
    pagePath: `/themes/${theme.slug}`,
    examples: await getPublishedExamplesBySlugs(results.map((hit) => hit.slug)),
  });
}
