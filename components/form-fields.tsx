import type { ReactNode } from "react";

// NHS.UK frontend's question patterns as plain components, usable by server and client forms.
// Each field's id is its name, so the error summary can link to it.

type FieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

function describedBy(
  name: string,
  hint: ReactNode,
  error: string | undefined,
  extra?: string,
) {
  return (
    [hint ? `${name}-hint` : null, error ? `${name}-error` : null, extra]
      .filter(Boolean)
      .join(" ") || undefined
  );
}

function Hint({ name, children }: { name: string; children: ReactNode }) {
  return children ? (
    <div className="nhsuk-hint" id={`${name}-hint`}>
      {children}
    </div>
  ) : null;
}

export function ErrorMessage({
  name,
  error,
}: {
  name: string;
  error?: string;
}) {
  return error ? (
    <span className="nhsuk-error-message" id={`${name}-error`}>
      <span className="nhsuk-u-visually-hidden">Error: </span>
      {error}
    </span>
  ) : null;
}

function groupClass(error: string | undefined, extra = "") {
  return `nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}${extra}`;
}

export function TextInput({
  name,
  label,
  hint,
  error,
  defaultValue,
  type = "text",
  autoComplete,
  spellCheck,
  widthClass,
  inputMode,
  prefix,
}: FieldProps & {
  defaultValue?: string;
  type?: "text" | "email" | "url" | "password";
  autoComplete?: string;
  spellCheck?: boolean;
  widthClass?: string;
  inputMode?: "decimal" | "numeric";
  /** Shown before the box, for example "£"; the label must say it too, as it is not read out. */
  prefix?: string;
}) {
  const input = (
    <input
      className={`nhsuk-input${error ? " nhsuk-input--error" : ""}${widthClass ? ` ${widthClass}` : ""}`}
      id={name}
      name={name}
      type={type}
      defaultValue={defaultValue}
      autoComplete={autoComplete}
      spellCheck={spellCheck}
      inputMode={inputMode}
      aria-describedby={describedBy(name, hint, error)}
    />
  );
  return (
    <div className={groupClass(error)}>
      <label className="nhsuk-label" htmlFor={name}>
        {label}
      </label>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name} error={error} />
      {prefix ? (
        <div className="nhsuk-input-wrapper">
          <div className="nhsuk-input__prefix" aria-hidden="true">
            {prefix}
          </div>
          {input}
        </div>
      ) : (
        input
      )}
    </div>
  );
}

/** A text area with NHS.UK's character count: the limit is stated, and counted live with JavaScript. */
export function Textarea({
  name,
  label,
  hint,
  error,
  defaultValue,
  maxLength,
  rows = 5,
  threshold,
}: FieldProps & {
  defaultValue?: string;
  maxLength: number;
  rows?: number;
  threshold?: number;
}) {
  return (
    <div
      className={groupClass(error, " nhsuk-character-count")}
      data-module="nhsuk-character-count"
      data-maxlength={maxLength}
      data-threshold={threshold}
    >
      <label className="nhsuk-label" htmlFor={name}>
        {label}
      </label>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name} error={error} />
      <textarea
        className={`nhsuk-textarea nhsuk-js-character-count${error ? " nhsuk-textarea--error" : ""}`}
        id={name}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-describedby={describedBy(name, hint, error, `${name}-info`)}
      />
      <div
        className="nhsuk-hint nhsuk-character-count__message"
        id={`${name}-info`}
      >
        You can enter up to {maxLength.toLocaleString("en-GB")} characters
      </div>
    </div>
  );
}

type Option = { value: string; label: string; hint?: string };

/** Checkboxes or radios in a fieldset; the first input carries the name as its id. */
export function Choices({
  type,
  name,
  legend,
  hint,
  error,
  options,
  selected,
  small,
}: Omit<FieldProps, "label"> & {
  type: "checkbox" | "radio";
  legend: ReactNode;
  options: Option[];
  selected: string[];
  small?: boolean;
}) {
  const block = type === "checkbox" ? "nhsuk-checkboxes" : "nhsuk-radios";
  return (
    <div className={groupClass(error)}>
      <fieldset
        className="nhsuk-fieldset"
        aria-describedby={describedBy(name, hint, error)}
      >
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          {legend}
        </legend>
        <Hint name={name}>{hint}</Hint>
        <ErrorMessage name={name} error={error} />
        <div
          className={`${block}${small ? ` ${block}--small` : ""}`}
          data-module={block}
        >
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${index + 1}`;
            return (
              <div className={`${block}__item`} key={option.value}>
                <input
                  className={`${block}__input`}
                  id={id}
                  name={name}
                  type={type}
                  value={option.value}
                  defaultChecked={selected.includes(option.value)}
                  aria-describedby={option.hint ? `${id}-item-hint` : undefined}
                />
                <label className={`nhsuk-label ${block}__label`} htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div
                    className={`nhsuk-hint ${block}__hint`}
                    id={`${id}-item-hint`}
                  >
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Select({
  name,
  label,
  hint,
  error,
  options,
  defaultValue,
  emptyLabel,
}: FieldProps & {
  options: Option[];
  defaultValue?: string;
  emptyLabel: string;
}) {
  return (
    <div className={groupClass(error)}>
      <label className="nhsuk-label" htmlFor={name}>
        {label}
      </label>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name} error={error} />
      <select
        className={`nhsuk-select${error ? " nhsuk-select--error" : ""}`}
        id={name}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-describedby={describedBy(name, hint, error)}
      >
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
