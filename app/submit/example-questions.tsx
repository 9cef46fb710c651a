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
import { fieldLimits, optionsOf } from "@/app/forms/fields";
import type { FormField } from "@/app/forms/form-reply";
import { OrganisationQuestion } from "@/app/forms/groups/about-you";
import type { exampleAnswers } from "./schema";

export type ThemeOption = { value: string; label: string };

type Props = {
  themes: ThemeOption[];
  fields: Record<keyof ReturnType<typeof exampleAnswers>, FormField>;
  /** Shown straight after the summary: on the submission form, examples like it. */
  afterSummary?: ReactNode;
};

/** The questions about the example itself, shared by the submission form and the moderators' edit form. */
export function ExampleQuestions({ themes, fields, afterSummary }: Props) {
  return (
    <>
      <TextInput
        field={fields.title}
        label="Title"
        hint="A short name other staff will recognise, for example 'Virtual ward for frail older people'"
      />
      <Textarea
        field={fields.summary}
        label="Summary"
        hint="What the work is, in a sentence or two. This appears in search results."
        maxLength={fieldLimits.summary}
        rows={3}
      />
      {afterSummary}
      <Textarea
        field={fields.problem}
        label="Why was it needed?"
        hint="The problem for patients or staff that the work set out to solve"
        maxLength={fieldLimits.problem}
        threshold={75}
      />
      <Textarea
        field={fields.approach}
        label="What was done?"
        maxLength={fieldLimits.approach}
        threshold={75}
      />
      <Textarea
        field={fields.impact}
        label="What are the results so far?"
        hint="Give figures where you have them, and say over what period"
        maxLength={fieldLimits.impact}
        threshold={75}
      />
      <Choices
        type="radio"
        field={fields.stage}
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
      />
      <Choices
        type="radio"
        field={fields.evidence}
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
      />
      <Textarea
        field={fields.learning}
        label="What should others know before trying it? (optional)"
        maxLength={fieldLimits.learning}
        threshold={75}
      />
      <TextInput
        field={fields.moreInfoUrl}
        label="Link to more information (optional)"
        hint="A web page about the work, starting with https://"
        type="url"
        spellCheck={false}
      />
      <Choices
        type="checkbox"
        field={fields.themes}
        legend="Themes"
        hint="Select all that apply"
        options={themes}
      />
      <Choices
        type="radio"
        field={fields.careSetting}
        legend="Care setting"
        hint="Where the work happens. If it spans several, choose 'Group or system'."
        options={optionsOf(careSettings)}
      />
      <Select
        field={fields.region}
        label="NHS England region (optional)"
        emptyLabel="Not given"
        options={optionsOf(regions)}
      />
      <OrganisationQuestion
        field={fields.organisation}
        label="Organisation (optional)"
        hint="The trust or system where the work was done"
      />
    </>
  );
}
