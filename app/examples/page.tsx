import type { Metadata } from "next";
import Link from "next/link";
import { ExampleList } from "@/components/example-list";
import { pluralise } from "@/components/format";
import { SearchForm } from "@/components/search-form";
import { searchExamples } from "@/db/search";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Examples" };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function ExamplesPage({ searchParams }: Props) {
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.slice(0, 200).trim() ?? "";
  const { total, results } = await searchExamples({ q: query });
  return (
    <>
      <h1>Examples</h1>
      <SearchForm defaultValue={query} />
      <p role="status">
        {query
          ? `${pluralise(total, "example")} found for ‘${query}’`
          : `${pluralise(total, "example")}, newest first`}
      </p>
      {results.length > 0 ? (
        <ExampleList examples={results} />
      ) : (
        <>
          <h2>No examples found</h2>
          <p>Improve your results by:</p>
          <ul>
            <li>checking your spelling</li>
            <li>using fewer or different words</li>
            <li>
              <Link href="/themes">browsing examples by theme</Link>
            </li>
          </ul>
        </>
      )}
    </>
  );
}
