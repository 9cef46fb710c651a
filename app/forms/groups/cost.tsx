import { Fragment } from "react";
import { z } from "zod";
import { Select, TextInput } from "@/components/form-fields";
import {
  costPeriods,
  staffTimePeriods,
  type CostPeriod,
  type StaffTimePeriod,
} from "@/db/options";
import type { FormField } from "../form-reply";
import { keysOf, optionalChoice, optionalNumber, optionsOf } from "../fields";

// "What it cost": one-off, running and staff time, each optional; a period with every running
// amount.

/** Largest amount in pounds, and hours, a form accepts: well past any real figure. */
const maxPounds = 1_000_000_000;
const maxHours = 1_000_000;

function amount(max: number, name: string, whole: boolean) {
  return optionalNumber(
    z
      .number({
        error: `Enter the ${name} as a number${whole ? " of pounds, like 12000" : ", like 7.5"}`,
      })
      .min(0, `The ${name} cannot be less than 0`)
      .max(max, `The ${name} is too large`)
      .refine(
        (value) => !whole || Number.isInteger(value),
        `Enter the ${name} in whole pounds`,
      ),
  );
}

export const costAnswers = {
  oneOffCost: amount(maxPounds, "one-off cost", true),
  runningCost: amount(maxPounds, "running cost", true),
  runningCostPeriod: optionalChoice(
    keysOf(costPeriods),
    "Select how often the running cost is paid",
  ),
  staffHours: amount(maxHours, "staff time", false),
  staffHoursPeriod: optionalChoice(
    keysOf(staffTimePeriods),
    "Select what period the staff time is for",
  ),
};

type Costs = {
  runningCost: number | null;
  runningCostPeriod: CostPeriod | null;
  staffHours: number | null;
  staffHoursPeriod: StaffTimePeriod | null;
};

/** The rule that a running cost or staff time says over what period. */
export function checkCostPeriods(costs: Costs, context: z.RefinementCtx) {
  if (costs.runningCost !== null && costs.runningCostPeriod === null)
    context.addIssue({
      code: "custom",
      path: ["runningCostPeriod"],
      message: "Select how often the running cost is paid",
    });
  if (costs.staffHours !== null && costs.staffHoursPeriod === null)
    context.addIssue({
      code: "custom",
      path: ["staffHoursPeriod"],
      message: "Select what period the staff time is for",
    });
}

/** Drops a period given without its amount, so the stored row always makes sense. */
export function withoutLonePeriods<T extends Costs>(costs: T): T {
  return {
    ...costs,
    runningCostPeriod:
      costs.runningCost === null ? null : costs.runningCostPeriod,
    staffHoursPeriod: costs.staffHours === null ? null : costs.staffHoursPeriod,
  };
}

type CostFields = Record<keyof typeof costAnswers, FormField>;

/** Each amount the form asks for, and the period it is for where it recurs. */
const amounts: {
  field: keyof CostFields;
  label: string;
  hint?: string;
  pounds?: true;
  per?: {
    field: keyof CostFields;
    label: string;
    periods: Record<string, string>;
  };
}[] = [
  {
    field: "oneOffCost",
    label: "One-off cost, in pounds",
    hint: "For example, equipment or set-up",
    pounds: true,
  },
  {
    field: "runningCost",
    label: "Running cost, in pounds",
    pounds: true,
    per: {
      field: "runningCostPeriod",
      label: "How often the running cost is paid",
      periods: costPeriods,
    },
  },
  {
    field: "staffHours",
    label: "Staff time, in hours",
    per: {
      field: "staffHoursPeriod",
      label: "What period the staff time is for",
      periods: staffTimePeriods,
    },
  },
];

export function CostQuestions({ fields }: { fields: CostFields }) {
  return (
    <>
      <h2 className="nhsuk-heading-m">What it cost (optional)</h2>
      <p>Give what you know, in pounds. Leave blank what you do not.</p>
      {amounts.map(({ field, label, hint, pounds, per }) => (
        <Fragment key={field}>
          <TextInput
            field={fields[field]}
            label={label}
            hint={hint}
            prefix={pounds ? "£" : undefined}
            inputMode="decimal"
            widthClass="nhsuk-input--width-10"
          />
          {per ? (
            <Select
              field={fields[per.field]}
              label={per.label}
              emptyLabel="Not given"
              options={optionsOf(per.periods)}
            />
          ) : null}
        </Fragment>
      ))}
    </>
  );
}
