import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import type { FormField } from "../form-reply";
import {
  AboutYouQuestions,
  aboutYouAnswers,
  moderatorsAsk,
  reachYouAnswers,
  ReachYouQuestions,
} from "./about-you";
import { costAnswers, CostQuestions } from "./cost";
import {
  measuredResultsAnswers,
  MeasuredResultsQuestions,
  type PostedOutcome,
} from "./measured-results";
import {
  resultsOverTimeAnswers,
  ResultsOverTimeQuestions,
  type PostedMeasure,
} from "./results-over-time";
import { BeforeSending, formKeyAnswer, publishedAnswers } from "./sending";

// What a form whose answers are published (an example, a "we tried this too" report) asks after
// its own questions: the results and what it cost, who is sending it, and that it can be shared.

/** `what` is how the confirmation names it: "the example", "your report". */
export function publishedWorkAnswers(what: string) {
  return {
    ...measuredResultsAnswers,
    ...resultsOverTimeAnswers,
    ...costAnswers,
    ...aboutYouAnswers,
    ...reachYouAnswers,
    ...publishedAnswers(what),
    ...formKeyAnswer,
  };
}

type Fields = Record<
  Exclude<keyof ReturnType<typeof publishedWorkAnswers>, "outcome" | "measure">,
  FormField
> & {
  outcome: FieldMetadata<PostedOutcome[] | undefined>;
  measure: FieldMetadata<PostedMeasure[] | undefined>;
};

export function PublishedWorkQuestions({
  form,
  fields,
  about,
  heading,
  send,
}: {
  form: FormMetadata;
  fields: Fields;
  about: "example" | "report";
  /** Above the confirmation: "Before you submit". */
  heading: string;
  send: string;
}) {
  return (
    <>
      <MeasuredResultsQuestions form={form} field={fields.outcome} />
      <ResultsOverTimeQuestions form={form} field={fields.measure} />
      <CostQuestions fields={fields} />
      <h2 className="nhsuk-heading-m">About you</h2>
      <AboutYouQuestions fields={fields} emailHint={moderatorsAsk(about)} />
      <ReachYouQuestions fields={fields} about={about} />
      <BeforeSending
        fields={fields}
        about={about}
        heading={heading}
        send={send}
      />
    </>
  );
}
