import Link from "@/components/link";

/** Theme tags linking to each theme's page. */
export function ThemeTags({
  themes,
}: {
  themes: { slug: string; name: string }[];
}) {
  if (themes.length === 0) return null;
  return (
    <ul className="app-tag-list" aria-label="Themes">
      {themes.map((theme) => (
        <li key={theme.slug}>
          <Link
            className="nhsuk-tag nhsuk-tag--blue"
            href={`/themes/${theme.slug}`}
          >
            {theme.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
