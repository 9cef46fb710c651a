import Link from "@/components/link";

/** NHS.UK breadcrumbs; the last item's parent doubles as the back link on small screens. */
export function Breadcrumbs({
  items,
}: {
  items: { href: string; label: string }[];
}) {
  const parent = items.at(-1);
  return (
    <nav className="nhsuk-breadcrumb" aria-label="Breadcrumb">
      <ol className="nhsuk-breadcrumb__list">
        {items.map((item) => (
          <li key={item.href} className="nhsuk-breadcrumb__list-item">
            <Link className="nhsuk-breadcrumb__link" href={item.href}>
              {item.label}
            </Link>
          </li>
        ))}
      </ol>
      {parent ? (
        <Link className="nhsuk-back-link" href={parent.href}>
          <span className="nhsuk-u-visually-hidden">Back to </span>
          {parent.label}
        </Link>
      ) : null}
    </nav>
  );
}
