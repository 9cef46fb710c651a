import type { ReactNode } from "react";

/** NHS.UK's reading width: a page's content in two thirds of the row. */
export function TwoThirds({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">{children}</div>
    </div>
  );
}
