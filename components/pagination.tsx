import Link from "@/components/link";
import { NhsIcon } from "./nhs-icon";

/** NHS.UK numbered pagination: previous, nearby page numbers, next. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const numbers = [...new Set([1, page - 1, page, page + 1, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav
      className="nhsuk-pagination nhsuk-pagination--numbered"
      role="navigation"
      aria-label="Pagination"
    >
      {page > 1 ? (
        <Link
          href={hrefFor(page - 1)}
          className="nhsuk-pagination__previous"
          rel="prev"
        >
          <NhsIcon name="arrow-left" />
          <span className="nhsuk-pagination__title">
            Previous<span className="nhsuk-u-visually-hidden"> page</span>
          </span>
        </Link>
      ) : null}
      <ul className="nhsuk-pagination__list">
        {numbers.flatMap((n, i) => [
          ...(i > 0 && n - (numbers[i - 1] ?? n) > 1
            ? [
                <li
                  key={`gap-${n}`}
                  className="nhsuk-pagination__item nhsuk-pagination__item--ellipsis"
                >
                  &ctdot;
                </li>,
              ]
            : []),
          <li
            key={n}
            className={`nhsuk-pagination__item${n === page ? " nhsuk-pagination__item--current" : ""}`}
          >
            <Link
              className="nhsuk-pagination__link"
              href={hrefFor(n)}
              aria-label={`Page ${n}`}
              aria-current={n === page ? "page" : undefined}
            >
              {n}
            </Link>
          </li>,
        ])}
      </ul>
      {page < pageCount ? (
        <Link
          href={hrefFor(page + 1)}
          className="nhsuk-pagination__next"
          rel="next"
        >
          <span className="nhsuk-pagination__title">
            Next<span className="nhsuk-u-visually-hidden"> page</span>
          </span>
          <NhsIcon name="arrow-right" />
        </Link>
      ) : null}
    </nav>
  );
}
