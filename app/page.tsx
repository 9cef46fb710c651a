import Link from "@/components/link";
import { ExampleList } from "@/components/example-list";
import { pluralise } from "@/components/format";
import { SearchForm } from "@/components/search-form";
import { SurveyHeadlines } from "@/components/survey-headlines";
import { listPublishedExamples } from "@/db/catalogue";
import { listSurveyStatements } from "@/db/catalogue";
import { listThemesWithCounts } from "@/db/catalogue";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [statements, themes, recent] = await Promise.all([
    listSurveyStatements(),
    listThemesWithCounts(),
    listPublishedExamples({ limit: 4 }),
  ]);
  return (
    <>
      <h1>Find and share improvement examples</h1>
      <p className="nhsuk-lede-text">
        Innovation and quality improvement examples from NHS trusts, to search
        by theme, share with colleagues and add to.
      </p>
      <SearchForm />

      <h2>What trust leaders told us</h2>
      <p>
        In autumn 2023 NHS Providers asked trust leaders about innovation and
        improvement in their trusts.
      </p>
      <SurveyHeadlines statements={statements} />
      <p>
        <Link href="/survey">See all the survey results</Link>
      </p>

      <h2>Browse by theme</h2>
      <ul className="nhsuk-list">
        {themes.map((theme) => (
          <li key={theme.slug}>
            <Link href={`/themes/${theme.slug}`}>{theme.name}</Link> (
            {pluralise(theme.exampleCount, "example")})
          </li>
        ))}
      </ul>

      <h2>Recently added examples</h2>
      <ExampleList examples={recent} headingLevel={3} />
      <p>
        <Link href="/examples">See all examples</Link>
      </p>
    </>
  );
}
