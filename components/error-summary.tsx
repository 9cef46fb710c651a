"use client";

import { useEffect, useRef, type MouseEvent } from "react";

export type FieldError = { field: string; message: string };

/**
 * NHS.UK's error summary: "There is a problem" with a link to each field. Takes focus when it
 * appears, so screen reader users hear it, and its links move focus to the field they name.
 */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;

  function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
    const input = document.getElementById(field);
    if (!input) return;
    event.preventDefault();
    (input.closest(".nhsuk-form-group") ?? input).scrollIntoView();
    input.focus({ preventScroll: true });
  }

  return (
    <div
      className="nhsuk-error-summary"
      ref={summary}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading" id="error-summary-title">
          There is a problem
        </h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map(({ field, message }) => (
              <li key={field}>
                <a
                  href={`#${field}`}
                  onClick={(event) => focusField(event, field)}
                >
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
