import type { Metadata } from "next";
import { ExampleSearch } from "@/components/example-search";
import { QueryProvider } from "@/components/query-provider";
import { searchExamples } from "@/db/search";
import { listThemeSlugs } from "@/db/catalogue";
import { countSearchOnPage } from "@/app/search-counting";
import { readSearchQuery, searchApiUrl } from "./search-params";

export const dynamic = "force-dynamic";

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({
  searchParams,
}: Props): Promise<Metadata> {
  const { q } = await searchParams;
  const words = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 200);
  return { title: words ? `Search results for ‘${words}’` : "Examples" };
}

export default async function ExamplesPage({ searchParams }: Props) {
  const themeSlugs = await listThemeSlugs();
  const params = readSearchQuery(await searchParams, themeSlugs);
  const initial = await searchExamples(params);
  await countSearchOnPage(params, initial);
  return (
    <>
      <h1>Examples</h1>
      <QueryProvider>
        <ExampleSearch
          initial={initial}
          initialApiUrl={searchApiUrl(params)}
          action="/examples"
          themeSlugs={themeSlugs}
        />
      </QueryProvider>
    </>
  );
}
