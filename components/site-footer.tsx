import Link from "@/components/link";
import { source } from "@/seed/catalogue";

/** NHS.UK footer: support links, where the content comes from and its licence. */
export function SiteFooter() {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list">
            <li className="nhsuk-footer__list-item">
              <Link
                className="nhsuk-footer__list-item-link"
                href="/accessibility"
              >
                Accessibility statement
              </Link>
            </li>
            <li className="nhsuk-footer__list-item">
              <a className="nhsuk-footer__list-item-link" href={source.url}>
                Source report
              </a>
            </li>
          </ul>
          <p className="nhsuk-body-s">
            The first examples and the survey figures come from {source.title},
            chapter &lsquo;{source.chapter}&rsquo;. We describe them in our own
            words and give the figures exactly as reported; the report itself
            remains &copy; NHS Providers.
          </p>
          <p className="nhsuk-body-s">
            Examples that NHS staff submit are published only after a moderator
            has checked them.
          </p>
        </div>
      </div>
    </footer>
  );
}
