import type { OutcomeValues } from "@/db/catalogue";
import {
  costPeriods,
  staffTimePeriods,
  type CostPeriod,
  type StaffTimePeriod,
} from "@/db/options";
import { ResponsiveTable } from "./responsive-table";
import { SummaryRow } from "@/components/summary-list";

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const pounds = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  maximumFractionDigits: 0,
});

/** A figure with its unit, as people write it: "14%", "9 days". */
export function withUnit(value: number, unit: string): string {
  return unit === "%"
    ? `${number.format(value)}%`
    : `${number.format(value)} ${unit}`;
}

/** Measured outcomes as a table: what, before, after, when. */
export function MeasuredResults({
  outcomes,
  heading: Heading = "h2",
}: {
  outcomes: OutcomeValues[];
  heading?: "h2" | "h3" | "h4";
}) {
  if (outcomes.length === 0) return null;
  return (
    <section>
      <Heading className="nhsuk-heading-m">Measured results</Heading>
      <ResponsiveTable
        caption="Measured results"
        rows={outcomes}
        rowKey={(outcome) => `${outcome.measure}-${outcome.period}`}
        columns={[
          { header: "What was measured", cell: (o) => o.measure },
          { header: "Before", cell: (o) => withUnit(o.before, o.unit) },
          { header: "After", cell: (o) => withUnit(o.after, o.unit) },
          { header: "When", cell: (o) => o.period },
        ]}
      />
    </section>
  );
}

export type Resources = {
  oneOffCost: number | null;
  runningCost: number | null;
  runningCostPeriod: CostPeriod | null;
  staffHours: number | null;
  staffHoursPeriod: StaffTimePeriod | null;
};

/** What the work cost, in pounds and staff hours, each with its period; nothing if none is given. */
export function WhatItCost({
  resources,
  heading: Heading = "h2",
}: {
  resources: Resources;
  heading?: "h2" | "h3" | "h4";
}) {
  const rows = [
    resources.oneOffCost === null
      ? null
      : ["One-off cost", pounds.format(resources.oneOffCost)],
    resources.runningCost === null
      ? null
      : [
          "Running cost",
          `${pounds.format(resources.runningCost)} ${resources.runningCostPeriod ? costPeriods[resources.runningCostPeriod] : ""}`.trim(),
        ],
    resources.staffHours === null
      ? null
      : [
          "Staff time",
          `${withUnit(resources.staffHours, resources.staffHours === 1 ? "hour" : "hours")} ${resources.staffHoursPeriod ? staffTimePeriods[resources.staffHoursPeriod] : ""}`.trim(),
        ],
  ].filter((row): row is [string, string] => row !== null);
  if (rows.length === 0) return null;
  return (
    <section>
      <Heading className="nhsuk-heading-m">What it cost</Heading>
      <dl className="nhsuk-summary-list">
        {rows.map(([label, value]) => (
          <SummaryRow label={label} key={label}>
            {value}
          </SummaryRow>
        ))}
      </dl>
    </section>
  );
}
