import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import type { FormField } from "../form-reply";

/** A row's fields; Conform's types cannot say which a row of any shape has, but the row's do. */
const fieldsOf = <Row,>(row: unknown) =>
  (
    row as { getFieldset(): Record<keyof Row & string, FormField> }
  ).getFieldset();

/**
 * The rows of a question group a form offers as many times as needed ("add another"): each a
 * fieldset named by its number, with a "Remove" button, and an "add" button under them while
 * there is room. The buttons are Conform's list intents: they post the form, so they work without
 * JavaScript, and nothing typed is lost.
 */
export function AddAnother<Row extends Record<string, unknown>>({
  form,
  field,
  noun,
  most,
  addLabel,
  keepOne = false,
  children,
}: {
  form: FormMetadata;
  field: FieldMetadata<Row[] | undefined>;
  /** What a row is, as its legend names it: "Measured result" gives "Measured result 1". */
  noun: string;
  /** The most rows the form offers. */
  most: number;
  /** The add button's words, given how many rows there are. */
  addLabel: (rows: number) => string;
  /** A single row cannot be removed (the form always shows one). */
  keepOne?: boolean;
  children: (row: Record<keyof Row & string, FormField>) => ReactNode;
}) {
  const rows = field.getFieldList();
  return (
    <>
      {rows.map((row, index) => (
        <fieldset className="nhsuk-fieldset app-add-another" key={row.key}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            {noun} {index + 1}
          </legend>
          {children(fieldsOf<Row>(row))}
          {keepOne && rows.length === 1 ? null : (
            <button
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              type="submit"
              {...form.remove.getButtonProps({ name: field.name, index })}
            >
              Remove
              <span className="nhsuk-u-visually-hidden">
                {" "}
                {noun.toLowerCase()} {index + 1}
              </span>
            </button>
          )}
        </fieldset>
      ))}
      {rows.length < most ? (
        <button
          className="nhsuk-button nhsuk-button--secondary"
          type="submit"
          {...form.insert.getButtonProps({ name: field.name })}
        >
          {addLabel(rows.length)}
        </button>
      ) : null}
    </>
  );
}
