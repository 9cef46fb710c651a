import { z } from "zod";
import { Choices } from "@/components/form-fields";
import type { FormField } from "../form-reply";
import { honeypotField, yesMeansTrue } from "../fields";

// What every public form sends besides its answers: a one-off key, so that a double click or a
// refresh stores it once; the field only bots fill in; and, where it is published, that it can be.

export const formKeyAnswer = {
  submissionKey: z.uuid({
    error: "Something went wrong with the form. Reload the page and try again.",
  }),
};

/** What the page gives a public form about one example. */
export type ExampleFormProps = {
  slug: string;
  exampleTitle: string;
  /** The form's one-off key, new on each visit. */
  submissionKey: string;
};

/** The form's one-off key, and a send button for the Enter key (see EnterSends). */
export function FormKey({
  submissionKey,
  send,
}: {
  submissionKey: string;
  send: string;
}) {
  return (
    <>
      <input type="hidden" name="submissionKey" value={submissionKey} />
      <EnterSends label={send} />
    </>
  );
}

/**
 * The form's first submit button, out of sight and out of the tab order: pressing Enter in a box
 * presses the first submit button, and this keeps that "send", not "Add another measured result",
 * with or without JavaScript.
 */
function EnterSends({ label }: { label: string }) {
  return (
    <div className="app-honeypot" aria-hidden="true">
      <button type="submit" tabIndex={-1}>
        {label}
      </button>
    </div>
  );
}

/** The field only bots fill in: hidden from people and from assistive technology. */
function HoneypotField() {
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

/** The button that sends a public form, with the field only bots fill in before it. */
export function SendButton({ send }: { send: string }) {
  return (
    <>
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

/** Whether to email the sender when it is received and decided, and that `what` can be shared. */
export function publishedAnswers(what: string) {
  return {
    emailUpdates: yesMeansTrue,
    confirmation: z.literal("yes", {
      error: `Confirm that ${what} can be shared publicly and contains no patient-identifiable information`,
    }),
  };
}

/** What is sent: an example, or a report of trying one. */
type About = "example" | "report";

/** The end of a form that is published: emails about it, that it can be shared, and send. */
export function BeforeSending({
  fields,
  about,
  heading,
  send,
}: {
  fields: { emailUpdates: FormField; confirmation: FormField };
  about: About;
  heading: string;
  send: string;
}) {
  return (
    <>
      <Choices
        type="checkbox"
        field={fields.emailUpdates}
        legend={`Emails about your ${about} (optional)`}
        hint="We will not use your email address for anything else"
        options={[
          {
            value: "yes",
            label: `Email me when you receive my ${about} and when a moderator has decided whether to publish it`,
          },
        ]}
      />
      <h2 className="nhsuk-heading-m">{heading}</h2>
      <Choices
        type="checkbox"
        field={fields.confirmation}
        legend="Confirm it can be shared"
        options={[
          {
            value: "yes",
            label:
              "I confirm this can be shared publicly and contains no patient-identifiable information",
          },
        ]}
      />
      <SendButton send={send} />
    </>
  );
}
