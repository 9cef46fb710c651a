import Link from "@/components/link";

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
          <ArrowIcon direction="left" />
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
          <ArrowIcon direction="right" />
        </Link>
      ) : null}
    </nav>
  );
}

const arrowPaths = {
  left: "M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 0Z",
  right:
    "m14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z",
};

/** NHS.UK frontend's arrow icon. */
function ArrowIcon({ direction }: { direction: "left" | "right" }) {
  return (
    <svg
      className={`nhsuk-icon nhsuk-icon--arrow-${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      focusable="false"
      aria-hidden="true"
    >
      <path d={arrowPaths[direction]} />
    </svg>
  );
}
