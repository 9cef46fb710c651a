"use client";

import Link from "@/components/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/examples", label: "Examples" },
  { href: "/themes", label: "Themes" },
  { href: "/survey", label: "Survey results" },
  { href: "/submit", label: "Submit an example" },
  { href: "/shortlist", label: "Shortlist" },
];

/** The header's menu, marking the section the person is in. */
export function HeaderNavigation() {
  const pathname = usePathname();
  return (
    <nav className="nhsuk-header__navigation" aria-label="Menu">
      <div className="nhsuk-header__navigation-container nhsuk-width-container">
        <ul className="nhsuk-header__navigation-list">
          {links.map(({ href, label }) => {
            const current =
              pathname === href || pathname.startsWith(`${href}/`);
            return (
              <li
                key={href}
                className={`nhsuk-header__navigation-item${current ? " nhsuk-header__navigation-item--current" : ""}`}
              >
                <Link
                  className="nhsuk-header__navigation-link"
                  href={href}
                  aria-current={current ? "page" : undefined}
                >
                  {current ? (
                    <strong className="nhsuk-header__navigation-item-current-fallback">
                      {label}
                    </strong>
                  ) : (
                    label
                  )}
                </Link>
              </li>
            );
          })}
          <li className="nhsuk-header__menu" hidden>
            <button
              className="nhsuk-header__menu-toggle nhsuk-header__navigation-link"
              id="toggle-menu"
              aria-expanded="false"
              type="button"
            >
              <span className="nhsuk-u-visually-hidden">Browse </span>More
            </button>
          </li>
        </ul>
      </div>
    </nav>
  );
}
