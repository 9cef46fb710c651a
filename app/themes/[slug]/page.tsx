import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ExampleList } from "@/components/example-list";
import { pluralise } from "@/components/format";
import { SurveyHeadlines } from "@/components/survey-headlines";
import { listPublishedExamplesInTheme } from "@/db/examples";
import { listSurveyStatementsForTheme } from "@/db/survey";
import { getThemeBySlug } from "@/db/themes";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const theme = await getThemeBySlug((await params).slug);
  return theme
    ? { title: theme.name, description: theme.description }
    : { title: "Page not found" };
}

export default async function ThemePage({ params }: Props) {
  const theme = await getThemeBySlug((await params).slug);
  if (!theme) notFound();
  const [statements, examples] = await Promise.all([
    listSurveyStatementsForTheme(theme.id),
    listPublishedExamplesInTheme(theme.id),
  ]);
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
      <h2>{pluralise(examples.length, "example")}</h2>
      {examples.length > 0 ? (
        <ExampleList examples={examples} headingLevel={3} />
      ) : (
        <p>There are no published examples in this theme yet.</p>
      )}
    </>
  );
}
