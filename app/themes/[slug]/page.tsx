import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { readSearchQuery, searchApiUrl } from "@/app/examples/search-params";
import { ExampleSearch } from "@/components/example-search";
import { PageNotFound } from "@/components/page-not-found";
import { QueryProvider } from "@/components/query-provider";
import { serviceName } from "@/components/site-header";
import { absoluteUrl } from "@/components/site-url";
import { SurveyHeadlines } from "@/components/survey-headlines";
import { searchExamples } from "@/db/search";
import { countSearchOnPage } from "@/app/search-counting";
import { listSurveyStatementsForTheme } from "@/db/catalogue";
import { getThemeBySlug, listThemeSlugs } from "@/db/catalogue";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const theme = await getThemeBySlug((await params).slug);
  return theme
    ? {
        title: theme.name,
        description: theme.description,
        alternates: {
          canonical: absoluteUrl(`/themes/${theme.slug}`),
          types: {
            "application/atom+xml": [
              {
                url: `/themes/${theme.slug}/feed.xml`,
                title: `${serviceName}: ${theme.name}`,
              },
            ],
          },
        },
      }
    : { title: "Page not found" };
}

export default async function ThemePage({ params, searchParams }: Props) {
  const theme = await getThemeBySlug((await params).slug);
  if (!theme) return <PageNotFound />;
  const themeSlugs = await listThemeSlugs();
  const query = readSearchQuery(await searchParams, themeSlugs);
  const [statements, initial] = await Promise.all([
    listSurveyStatementsForTheme(theme.id),
    searchExamples({ ...query, themes: [theme.slug] }),
  ]);
  await countSearchOnPage({ ...query, themes: [theme.slug] }, initial);
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: "/themes", label: "Themes" },
        ]}
      />
      <h1>{theme.name}</h1>
      <p className="nhsuk-lede-text">{theme.description}</p>
      {statements.length > 0 ? (
        <>
          <h2>What trust leaders said</h2>
          <SurveyHeadlines statements={statements} />
        </>
      ) : null}
      <h2>Examples in this theme</h2>
      <QueryProvider>
        <ExampleSearch
          initial={initial}
          initialApiUrl={searchApiUrl(query, theme.slug)}
          action={`/themes/${theme.slug}`}
          themeSlugs={themeSlugs}
          scope={{ slug: theme.slug, name: theme.name }}
        />
      </QueryProvider>
    </>
  );
}
