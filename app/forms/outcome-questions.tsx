import { Choices, Select, TextInput } from "@/components/form-fields";
import { costPeriods, staffTimePeriods } from "@/db/options";
import {
  maxOutcomes,
  outcomeFieldName,
  outcomeRowCount,
  type OutcomeField,
} from "./outcomes";
import { honeypotField, oneValue, type FormValues } from "./fields";

type Props = { values: FormValues; errors: Record<string, string> };

const one = oneValue;
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

const outcomeQuestions: {
  field: OutcomeField;
  label: string;
  hint?: string;
  inputMode?: "decimal";
}[] = [
  {
    field: "measure",
    label: "What was measured",
    hint: "For example, average length of stay",
  },
  { field: "before", label: "Before the change", inputMode: "decimal" },
  { field: "after", label: "After the change", inputMode: "decimal" },
  {
    field: "unit",
    label: "Unit",
    hint: "For example, days, % or patients a month",
  },
  {
    field: "period",
    label: "When it was measured",
    hint: "For example, April to September 2024",
  },
];

/**
 * Measured outcomes, as many as needed ("add another"). The buttons post the form, so they work
 * without JavaScript; nothing typed is lost when a row is added or removed.
 */
export function OutcomeQuestions({ values, errors }: Props) {
  const count = outcomeRowCount(values);
  return (
    <>
      <h2 className="nhsuk-heading-m">Measured results (optional)</h2>
      <p>
        If you measured something before and after the change, give the figures.
        Leave this blank if you did not.
      </p>
      <input type="hidden" name="outcomeCount" value={count} />
      {Array.from({ length: count }, (_, row) => (
        <fieldset className="nhsuk-fieldset app-add-another" key={row}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            Measured result {row + 1}
          </legend>
          {outcomeQuestions.map(({ field, label, hint, inputMode }) => {
            const name = outcomeFieldName(row, field);
            return (
              <TextInput
                key={name}
                name={name}
                label={label}
                hint={hint}
                inputMode={inputMode}
                widthClass={inputMode ? "nhsuk-input--width-10" : undefined}
                defaultValue={one(values[name])}
                error={errors[name]}
              />
            );
          })}
          {count > 1 ? (
            <button
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              type="submit"
              name="intent"
              value={`remove-outcome-${row}`}
            >
              Remove
              <span className="nhsuk-u-visually-hidden">
                {" "}
                measured result {row + 1}
              </span>
            </button>
          ) : null}
        </fieldset>
      ))}
      {count < maxOutcomes ? (
        <button
          className="nhsuk-button nhsuk-button--secondary"
          type="submit"
          name="intent"
          value="add-outcome"
        >
          Add another measured result
        </button>
      ) : null}
    </>
  );
}

/** What the work cost: one-off, running and staff time, each optional. */
export function ResourceQuestions({ values, errors }: Props) {
  return (
    <>
      <h2 className="nhsuk-heading-m">What it cost (optional)</h2>
      <p>Give what you know, in pounds. Leave blank what you do not.</p>
      <TextInput
        name="oneOffCost"
        label="One-off cost, in pounds"
        hint="For example, equipment or set-up"
        prefix="£"
        inputMode="decimal"
        widthClass="nhsuk-input--width-10"
        defaultValue={one(values.oneOffCost)}
        error={errors.oneOffCost}
      />
      <TextInput
        name="runningCost"
        label="Running cost, in pounds"
        prefix="£"
        inputMode="decimal"
        widthClass="nhsuk-input--width-10"
        defaultValue={one(values.runningCost)}
        error={errors.runningCost}
      />
      <Select
        name="runningCostPeriod"
        label="How often the running cost is paid"
        emptyLabel="Not given"
        options={options(costPeriods)}
        defaultValue={one(values.runningCostPeriod)}
        error={errors.runningCostPeriod}
      />
      <TextInput
        name="staffHours"
        label="Staff time, in hours"
        inputMode="decimal"
        widthClass="nhsuk-input--width-10"
        defaultValue={one(values.staffHours)}
        error={errors.staffHours}
      />
      <Select
        name="staffHoursPeriod"
        label="What period the staff time is for"
        emptyLabel="Not given"
        options={options(staffTimePeriods)}
        defaultValue={one(values.staffHoursPeriod)}
        error={errors.staffHoursPeriod}
      />
    </>
  );
}

/**
 * The form's first submit button, out of sight and out of the tab order: pressing Enter in a box
 * presses the first submit button, and this keeps that "send", not "Add another measured result",
 * with or without JavaScript.
 */
export function EnterSends({ label }: { label: string }) {
  return (
    <div className="app-honeypot" aria-hidden="true">
      <button type="submit" tabIndex={-1}>
        {label}
      </button>
    </div>
  );
}

/** The field only bots fill in: hidden from people and from assistive technology. */
export function HoneypotField() {
  return (
    <div className="app-honeypot" aria-hidden="true">
      <label htmlFor={honeypotField}>Leave this field empty</label>
      <input
        type="text"
        id={honeypotField}
        name={honeypotField}
        tabIndex={-1}
        autoComplete="off"
        defaultValue=""
      />
    </div>
  );
}

/** The end of every public form: that it can be shared, the field only bots fill in, and send. */
export function BeforeSending({
  heading,
  send,
  confirmed,
  error,
}: {
  heading: string;
  send: string;
  confirmed: boolean;
  error?: string;
}) {
  return (
    <>
      <h2 className="nhsuk-heading-m">{heading}</h2>
      <Choices
        type="checkbox"
        name="confirmation"
        legend="Confirm it can be shared"
        options={[
          {
            value: "yes",
            label:
              "I confirm this can be shared publicly and contains no patient-identifiable information",
          },
        ]}
        selected={confirmed ? ["yes"] : []}
        error={error}
      />
      <HoneypotField />
      <button
        className="nhsuk-button"
        data-module="nhsuk-button"
        data-prevent-double-click="true"
        type="submit"
      >
        {send}
      </button>
    </>
  );
}
