import { Choices, EmailInput, TextInput } from "@/components/form-fields";
import type { FormField } from "../form-reply";
import { emailAnswer, requiredText, yesMeansTrue } from "../fields";

// "About you" and "how to reach you": who is sending the form, and whether staff may reach them.

/** Name and work email. A form that asks for the NHS organisation asks it between them. */
export const aboutYouAnswers = {
  contactName: requiredText("contactName", "Enter your name"),
  contactEmail: emailAnswer("your work"),
};

export function AboutYouQuestions({
  fields,
  emailHint,
  organisationHint,
}: {
  fields: {
    contactName: FormField;
    contactEmail: FormField;
    organisation?: FormField;
  };
  emailHint: string;
  /** Asks for the sender's NHS organisation, with this hint. */
  organisationHint?: string;
}) {
  return (
    <>
      <TextInput
        field={fields.contactName}
        label="Your name"
        autoComplete="name"
        spellCheck={false}
      />
      {organisationHint && fields.organisation ? (
        <OrganisationQuestion
          field={fields.organisation}
          label="Your NHS organisation"
          hint={organisationHint}
        />
      ) : null}
      <EmailInput
        field={fields.contactEmail}
        label="Your work email address"
        hint={emailHint}
      />
    </>
  );
}

/** The organisation question, as every form asks it. */
export function OrganisationQuestion({
  field,
  label,
  hint,
}: {
  field: FormField;
  label: string;
  hint: string;
}) {
  return (
    <TextInput
      field={field}
      label={label}
      hint={hint}
      autoComplete="organization"
    />
  );
}

/** Whether staff's messages are forwarded, and whether the contact details are shown. */
export const reachYouAnswers = {
  contactForwarding: yesMeansTrue,
  contactConsent: yesMeansTrue,
};

/** What is being sent: an example, or a report of trying one. */
type About = "example" | "report";

export function ReachYouQuestions({
  fields,
  about,
}: {
  fields: { contactForwarding: FormField; contactConsent: FormField };
  about: About;
}) {
  return (
    <>
      <Choices
        type="checkbox"
        field={fields.contactForwarding}
        legend="Messages from staff (optional)"
        hint={`Staff who read your ${about} can send you a message through this site. We forward it to your email address without showing the address to them. If you do not tick this, staff cannot contact you through this site.`}
        options={[{ value: "yes", label: "Forward messages from staff to me" }]}
      />
      <Choices
        type="checkbox"
        field={fields.contactConsent}
        legend={`Contact details on the published ${about} (optional)`}
        hint={`If you tick this, anyone who reads your ${about} can see how to email you`}
        options={[
          {
            value: "yes",
            label: `Show my name and email address on the published ${about}`,
          },
        ]}
      />
    </>
  );
}

/** The hint under the email address on the forms that publish what is sent. */
export const moderatorsAsk = (about: About) =>
  `Moderators use this if they have questions about your ${about}`;
