import type { ReactNode } from "react";
import { fieldLimits } from "@/app/forms/fields";
import { fieldId, type FormField } from "@/app/forms/form-reply";

// NHS.UK frontend's question patterns as plain components, usable by server and client forms.
// Each takes its field as Conform describes it (name, problems, value sent or stored); the field's
// id is its name written plainly, so the error summary can link to it.

type FieldProps = {
  field: FormField;
  label: ReactNode;
  hint?: ReactNode;
};

/** What a field's parts are called and hold: its id, the problem to show, the value to show. */
function partsOf(field: FormField) {
  const id = fieldId(field.name);
  const error = field.errors?.[0];
  const value = field.initialValue;
  return {
    id,
    error,
    text: typeof value === "string" ? value : undefined,
    chosen: Array.isArray(value)
      ? value.filter((item) => typeof item === "string")
      : typeof value === "string"
        ? [value]
        : [],
    invalid: error ? true : undefined,
  };
}

function describedBy(
  id: string,
  hint: ReactNode,
  error: string | undefined,
  extra?: string,
) {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra]
      .filter(Boolean)
      .join(" ") || undefined
  );
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return children ? (
    <div className="nhsuk-hint" id={`${id}-hint`}>
      {children}
    </div>
  ) : null;
}

export function ErrorMessage({ id, error }: { id: string; error?: string }) {
  return error ? (
    <span className="nhsuk-error-message" id={`${id}-error`}>
      <span className="nhsuk-u-visually-hidden">Error: </span>
      {error}
    </span>
  ) : null;
}

/** What is asked above a box: its label, its hint and its problem. */
function Question({
  id,
  label,
  hint,
  error,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}) {
  return (
    <>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id} error={error} />
    </>
  );
}

function groupClass(error: string | undefined, extra = "") {
  return `nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}${extra}`;
}

export function TextInput({
  field,
  label,
  hint,
  type = "text",
  autoComplete,
  spellCheck,
  widthClass,
  inputMode,
  prefix,
}: FieldProps & {
  type?: "text" | "email" | "url" | "password";
  autoComplete?: string;
  spellCheck?: boolean;
  widthClass?: string;
  inputMode?: "decimal" | "numeric";
  /** Shown before the box, for example "£"; the label must say it too, as it is not read out. */
  prefix?: string;
}) {
  const { id, error, text, invalid } = partsOf(field);
  const input = (
    <input
      className={`nhsuk-input${error ? " nhsuk-input--error" : ""}${widthClass ? ` ${widthClass}` : ""}`}
      id={id}
      name={field.name}
      type={type}
      defaultValue={text}
      aria-invalid={invalid}
      autoComplete={autoComplete}
      spellCheck={spellCheck}
      inputMode={inputMode}
      aria-describedby={describedBy(id, hint, error)}
    />
  );
  return (
    <div className={groupClass(error)}>
      <Question id={id} label={label} hint={hint} error={error} />
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

/** An email address: never spell-checked; offered the person's own address unless it is someone else's. */
export function EmailInput({
  autoComplete = "email",
  ...question
}: FieldProps & { autoComplete?: "email" | "username" | "off" }) {
  return (
    <TextInput
      {...question}
      type="email"
      autoComplete={autoComplete}
      spellCheck={false}
    />
  );
}

/** The catalogue's limit for a field's answer, by its name. */
function limitOf(name: string): number {
  if (!Object.hasOwn(fieldLimits, name))
    throw new Error(
      `${name} has no limit in fieldLimits: give the text area one`,
    );
  return fieldLimits[name as keyof typeof fieldLimits];
}

/**
 * A text area with NHS.UK's character count: the limit is stated, and counted live with
 * JavaScript. Without a limit (`maxLength` null) it is a plain text area, for data such as pasted
 * columns, whose limits are in rows rather than characters.
 */
export function Textarea({
  field,
  label,
  hint,
  rows = 5,
  threshold,
  maxLength = limitOf(field.name),
  spellCheck,
}: FieldProps & {
  /** The longest answer: by default, the catalogue's limit for the field's name. */
  maxLength?: number | null;
  rows?: number;
  threshold?: number;
  spellCheck?: boolean;
}) {
  const { id, error, text, invalid } = partsOf(field);
  const counted = maxLength !== null;
  return (
    <div
      className={groupClass(error, counted ? " nhsuk-character-count" : "")}
      data-module={counted ? "nhsuk-character-count" : undefined}
      data-maxlength={counted ? maxLength : undefined}
      data-threshold={threshold}
    >
      <Question id={id} label={label} hint={hint} error={error} />
      <textarea
        className={`nhsuk-textarea${counted ? " nhsuk-js-character-count" : ""}${error ? " nhsuk-textarea--error" : ""}`}
        id={id}
        name={field.name}
        rows={rows}
        defaultValue={text}
        spellCheck={spellCheck}
        aria-invalid={invalid}
        aria-describedby={describedBy(
          id,
          hint,
          error,
          counted ? `${id}-info` : undefined,
        )}
      />
      {counted ? (
        <div
          className="nhsuk-hint nhsuk-character-count__message"
          id={`${id}-info`}
        >
          You can enter up to {maxLength.toLocaleString("en-GB")} characters
        </div>
      ) : null}
    </div>
  );
}

/** Questions answered at length, one after another, each warning as its limit nears. */
export function LongAnswers({
  questions,
}: {
  questions: { field: FormField; label: string; hint?: string }[];
}) {
  return questions.map(({ field, label, hint }) => (
    <Textarea
      key={field.name}
      field={field}
      label={label}
      hint={hint}
      threshold={75}
    />
  ));
}

/**
 * A file chosen to send with the form (NHS.UK's file upload, without its script: the browser's
 * own control is the one every assistive technology knows). Its form must be sent as
 * multipart/form-data, which a form whose action is a server action is.
 */
export function FileInput({
  field,
  label,
  hint,
  accept,
}: FieldProps & { accept: string }) {
  const { id, error, invalid } = partsOf(field);
  return (
    <div className={groupClass(error, " nhsuk-file-upload")}>
      <Question id={id} label={label} hint={hint} error={error} />
      <input
        className="nhsuk-file-upload__input"
        id={id}
        name={field.name}
        type="file"
        accept={accept}
        aria-invalid={invalid}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

type Option = { value: string; label: string; hint?: string };

/** Checkboxes or radios in a fieldset; the first input carries the name as its id. */
export function Choices({
  type,
  field,
  legend,
  hint,
  options,
  small,
}: Omit<FieldProps, "label"> & {
  type: "checkbox" | "radio";
  legend: ReactNode;
  options: Option[];
  small?: boolean;
}) {
  const block = type === "checkbox" ? "nhsuk-checkboxes" : "nhsuk-radios";
  const { id: name, error, chosen } = partsOf(field);
  return (
    <div className={groupClass(error)}>
      <fieldset
        className="nhsuk-fieldset"
        aria-describedby={describedBy(name, hint, error)}
      >
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          {legend}
        </legend>
        <Hint id={name}>{hint}</Hint>
        <ErrorMessage id={name} error={error} />
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
                  name={field.name}
                  type={type}
                  value={option.value}
                  defaultChecked={chosen.includes(option.value)}
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
  field,
  label,
  hint,
  options,
  emptyLabel,
}: FieldProps & {
  options: Option[];
  emptyLabel: string;
}) {
  const { id, error, text, invalid } = partsOf(field);
  return (
    <div className={groupClass(error)}>
      <Question id={id} label={label} hint={hint} error={error} />
      <select
        className={`nhsuk-select${error ? " nhsuk-select--error" : ""}`}
        id={id}
        name={field.name}
        defaultValue={text ?? ""}
        aria-invalid={invalid}
        aria-describedby={describedBy(id, hint, error)}
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
