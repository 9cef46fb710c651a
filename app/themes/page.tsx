import type { Metadata } from "next";
import Link from "@/components/link";
import { pluralise } from "@/components/format";
import { listThemesWithCounts } from "@/db/catalogue";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Themes" };

export default async function ThemesPage() {
  const themes = await listThemesWithCounts();
  return (
    <>
      <h1>Themes</h1>
      <p>Each example belongs to one or more themes.</p>
      <ul className="app-result-list">
        {themes.map((theme) => (
          <li key={theme.slug} className="app-result">
            <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
              <Link href={`/themes/${theme.slug}`}>{theme.name}</Link>
            </h2>
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
              {theme.description}
            </p>
            <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-0">
              {pluralise(theme.exampleCount, "example")}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
