import { Choices, Select, Textarea, TextInput } from "@/components/form-fields";
import Link from "@/components/link";
import type { ReactNode } from "react";
import {
  careSettings,
  evidenceDefinitions,
  evidenceLevels,
  regions,
  stageDefinitions,
  stages,
  type EvidenceLevel,
  type Stage,
} from "@/db/options";
import { fieldLimits, oneValue, type FormValues } from "@/app/forms/fields";

export type ThemeOption = { value: string; label: string };

type Props = {
  themes: ThemeOption[];
  values: FormValues;
  errors: Record<string, string>;
  /** Shown straight after the summary: on the submission form, examples like it. */
  afterSummary?: ReactNode;
};

const one = oneValue;
const many = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value : value ? [value] : [];

/** The questions about the example itself, shared by the submission form and the moderators' edit form. */
export function ExampleQuestions({
  themes,
  values,
  errors,
  afterSummary,
}: Props) {
  return (
    <>
      <TextInput
        name="title"
        label="Title"
        hint="A short name other staff will recognise, for example 'Virtual ward for frail older people'"
        defaultValue={one(values.title)}
        error={errors.title}
      />
      <Textarea
        name="summary"
        label="Summary"
        hint="What the work is, in a sentence or two. This appears in search results."
        maxLength={fieldLimits.summary}
        rows={3}
        defaultValue={one(values.summary)}
        error={errors.summary}
      />
      {afterSummary}
      <Textarea
        name="problem"
        label="Why was it needed?"
        hint="The problem for patients or staff that the work set out to solve"
        maxLength={fieldLimits.problem}
        threshold={75}
        defaultValue={one(values.problem)}
        error={errors.problem}
      />
      <Textarea
        name="approach"
        label="What was done?"
        maxLength={fieldLimits.approach}
        threshold={75}
        defaultValue={one(values.approach)}
        error={errors.approach}
      />
      <Textarea
        name="impact"
        label="What are the results so far?"
        hint="Give figures where you have them, and say over what period"
        maxLength={fieldLimits.impact}
        threshold={75}
        defaultValue={one(values.impact)}
        error={errors.impact}
      />
      <Choices
        type="radio"
        name="stage"
        legend="How far has the work got? (optional)"
        hint={
          <>
            Leave this blank if you are not sure.{" "}
            <Link href="/labels#stage">What the stages mean</Link>
          </>
        }
        options={(Object.entries(stages) as [Stage, string][]).map(
          ([value, label]) => ({ value, label, hint: stageDefinitions[value] }),
        )}
        selected={many(values.stage)}
        error={errors.stage}
      />
      <Choices
        type="radio"
        name="evidence"
        legend="How were the results shown? (optional)"
        hint={
          <>
            Leave this blank if you are not sure.{" "}
            <Link href="/labels#evidence">What the evidence labels mean</Link>
          </>
        }
        options={(
          Object.entries(evidenceLevels) as [EvidenceLevel, string][]
        ).map(([value, label]) => ({
          value,
          label,
          hint: evidenceDefinitions[value],
        }))}
        selected={many(values.evidence)}
        error={errors.evidence}
      />
      <Textarea
        name="learning"
        label="What should others know before trying it? (optional)"
        maxLength={fieldLimits.learning}
        threshold={75}
        defaultValue={one(values.learning)}
        error={errors.learning}
      />
      <TextInput
        name="moreInfoUrl"
        label="Link to more information (optional)"
        hint="A web page about the work, starting with https://"
        type="url"
        spellCheck={false}
        defaultValue={one(values.moreInfoUrl)}
        error={errors.moreInfoUrl}
      />
      <Choices
        type="checkbox"
        name="themes"
        legend="Themes"
        hint="Select all that apply"
        options={themes}
        selected={many(values.themes)}
        error={errors.themes}
      />
      <Choices
        type="radio"
        name="careSetting"
        legend="Care setting"
        hint="Where the work happens. If it spans several, choose 'Group or system'."
        options={Object.entries(careSettings).map(([value, label]) => ({
          value,
          label,
        }))}
        selected={many(values.careSetting)}
        error={errors.careSetting}
      />
      <Select
        name="region"
        label="NHS England region (optional)"
        emptyLabel="Not given"
        options={Object.entries(regions).map(([value, label]) => ({
          value,
          label,
        }))}
        defaultValue={one(values.region)}
        error={errors.region}
      />
      <TextInput
        name="organisation"
        label="Organisation (optional)"
        hint="The trust or system where the work was done"
        autoComplete="organization"
        defaultValue={one(values.organisation)}
        error={errors.organisation}
      />
    </>
  );
}

/** The contact questions: who sent it, and whether their details may be shown. */
export function ContactQuestions({
  values,
  errors,
  about = "example",
}: Pick<Props, "values" | "errors"> & {
  /** What is being sent: an example, or a report of trying one. */
  about?: "example" | "report";
}) {
  return (
    <>
      <TextInput
        name="contactName"
        label="Your name"
        autoComplete="name"
        spellCheck={false}
        defaultValue={one(values.contactName)}
        error={errors.contactName}
      />
      <TextInput
        name="contactEmail"
        label="Your work email address"
        hint={`Moderators use this if they have questions about your ${about}`}
        type="email"
        autoComplete="email"
        spellCheck={false}
        defaultValue={one(values.contactEmail)}
        error={errors.contactEmail}
      />
      <Choices
        type="checkbox"
        name="contactForwarding"
        legend={`Messages from staff (optional)`}
        hint={`Staff who read your ${about} can send you a message through this site. We forward it to your email address without showing the address to them. If you do not tick this, staff cannot contact you through this site.`}
        options={[
          {
            value: "yes",
            label: "Forward messages from staff to me",
          },
        ]}
        selected={many(values.contactForwarding)}
        error={errors.contactForwarding}
      />
      <Choices
        type="checkbox"
        name="contactConsent"
        legend={`Contact details on the published ${about} (optional)`}
        hint={`If you tick this, anyone who reads your ${about} can see how to email you`}
        options={[
          {
            value: "yes",
            label: `Show my name and email address on the published ${about}`,
          },
        ]}
        selected={many(values.contactConsent)}
        error={errors.contactConsent}
      />
    </>
  );
}

/** On the public forms only: whether to email the sender when it is received and decided. */
export function EmailUpdatesQuestion({
  values,
  errors,
  about = "example",
}: Pick<Props, "values" | "errors"> & { about?: "example" | "report" }) {
  return (
    <Choices
      type="checkbox"
      name="emailUpdates"
      legend={`Emails about your ${about} (optional)`}
      hint="We will not use your email address for anything else"
      options={[
        {
          value: "yes",
          label: `Email me when you receive my ${about} and when a moderator has decided whether to publish it`,
        },
      ]}
      selected={many(values.emailUpdates)}
      error={errors.emailUpdates}
    />
  );
}
