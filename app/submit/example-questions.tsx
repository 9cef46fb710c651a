import type { ReactNode } from "react";
import type { FormField } from "@/app/forms/form-reply";
import { WhereQuestions } from "@/app/forms/groups/where";
import {
  Choices,
  LongAnswers,
  Textarea,
  TextInput,
} from "@/components/form-fields";
import Link from "@/components/link";
import {
  evidenceDefinitions,
  sentEvidenceLevels,
  type evidenceLevels,
  stageDefinitions,
  stages,
} from "@/db/options";
import type { exampleAnswers } from "./schema";

export type ThemeOption = { value: string; label: string };

type Props = {
  themes: ThemeOption[];
  fields: Record<keyof ReturnType<typeof exampleAnswers>, FormField>;
  /** Shown straight after the summary: on the submission form, examples like it. */
  afterSummary?: ReactNode;
  /** The evidence labels offered: a moderator may also give "Measured over time". */
  evidence?: Partial<typeof evidenceLevels>;
};

/** The labels an example may carry, each explained on /labels; `evidence` says which are offered. */
const labelQuestions = (evidence: Partial<typeof evidenceLevels>) => [
  {
    name: "stage" as const,
    legend: "How far has the work got? (optional)",
    explained: "What the stages mean",
    labels: stages,
    definitions: stageDefinitions,
  },
  {
    name: "evidence" as const,
    legend: "How were the results shown? (optional)",
    explained: "What the evidence labels mean",
    labels: evidence,
    definitions: evidenceDefinitions,
  },
];

/** The questions about the example itself, shared by the submission form and the moderators' edit form. */
export function ExampleQuestions({
  themes,
  fields,
  afterSummary,
  evidence = sentEvidenceLevels,
}: Props) {
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
        rows={3}
      />
      {afterSummary}
      <LongAnswers
        questions={[
          {
            field: fields.problem,
            label: "Why was it needed?",
            hint: "The problem for patients or staff that the work set out to solve",
          },
          { field: fields.approach, label: "What was done?" },
          {
            field: fields.impact,
            label: "What are the results so far?",
            hint: "Give figures where you have them, and say over what period",
          },
        ]}
      />
      {labelQuestions(evidence).map((question) => (
        <Choices
          key={question.name}
          type="radio"
          field={fields[question.name]}
          legend={question.legend}
          hint={
            <>
              Leave this blank if you are not sure.{" "}
              <Link href={`/labels#${question.name}`}>
                {question.explained}
              </Link>
            </>
          }
          options={Object.entries(question.labels).map(([value, label]) => ({
            value,
            label,
            hint: (question.definitions as Record<string, string>)[value],
          }))}
        />
      ))}
      <LongAnswers
        questions={[
          {
            field: fields.learning,
            label: "What should others know before trying it? (optional)",
          },
        ]}
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
      <WhereQuestions
        fields={fields}
        careSettingHint="Where the work happens. If it spans several, choose 'Group or system'."
        organisationHint="The trust or system where the work was done"
      />
    </>
  );
}
