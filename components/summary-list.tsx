import type { ReactNode } from "react";

/** One row of NHS.UK's summary list: what it is, and its value. */
export function SummaryRow({
  label,
  id,
  valueClass,
  children,
}: {
  label: ReactNode;
  id?: string;
  /** Another class for the value, such as app-break-anywhere for an email address. */
  valueClass?: string;
  children: ReactNode;
}) {
  return (
    <div className="nhsuk-summary-list__row" id={id}>
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd
        className={`nhsuk-summary-list__value${valueClass ? ` ${valueClass}` : ""}`}
      >
        {children}
      </dd>
    </div>
  );
}
