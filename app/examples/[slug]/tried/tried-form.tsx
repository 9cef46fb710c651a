"use client";

import { useActionState } from "react";
import { ContactQuestions } from "@/app/submit/example-questions";
import {
  OutcomeQuestions,
  ResourceQuestions,
} from "@/app/submit/outcome-questions";
import { submitOnEnter } from "@/app/submit/outcomes";
import { fieldLimits, honeypotField } from "@/app/submit/schema";
import { ErrorSummary } from "@/components/error-summary";
import {
  Choices,
  ErrorMessage,
  Select,
  Textarea,
  TextInput,
} from "@/components/form-fields";
import { serviceName } from "@/components/site-header";
import { adoptionStates, careSettings, regions } from "@/db/options";
import { submitAdoptionReport, type TriedState } from "./actions";

const one = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** "We tried this too": a plain form post without JavaScript; with it, errors appear without a reload. */
export function TriedForm({
  slug,
  exampleTitle,
  submissionKey,
}: {
  slug: string;
  exampleTitle: string;
  submissionKey: string;
}) {
  const [state, formAction] = useActionState<TriedState, FormData>(
    submitAdoptionReport,
    { errors: [], values: { submissionKey } },
  );
  const errors = Object.fromEntries(
    state.errors.map(({ field, message }) => [field, message]),
  );
  const values = state.values;

  return (
    <>
      <title>{`${state.errors.length > 0 ? "Error: " : ""}We tried this too: ${exampleTitle} – ${serviceName}`}</title>
      <ErrorSummary errors={state.errors} />
      <ErrorMessage name="intent" error={errors.intent} />
      <form action={formAction} noValidate onKeyDown={submitOnEnter}>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <h2 className="nhsuk-heading-m">Where you tried it</h2>
        <Choices
          type="radio"
          name="careSetting"
          legend="Care setting"
          options={options(careSettings)}
          selected={values.careSetting ? [String(values.careSetting)] : []}
          error={errors.careSetting}
        />
        <Select
          name="region"
          label="NHS England region (optional)"
          emptyLabel="Not given"
          options={options(regions)}
          defaultValue={one(values.region)}
          error={errors.region}
        />
        <TextInput
          name="organisation"
          label="Organisation (optional)"
          hint="The trust or system where you tried it"
          autoComplete="organization"
          defaultValue={one(values.organisation)}
          error={errors.organisation}
        />
        <h2 className="nhsuk-heading-m">What you did and what happened</h2>
        <Textarea
          name="changes"
          label="What did you change from the original?"
          hint="For example, a different staff group, fewer weeks or another patient group. If you changed nothing, say so."
          maxLength={fieldLimits.changes}
          threshold={75}
          defaultValue={one(values.changes)}
          error={errors.changes}
        />
        <Textarea
          name="results"
          label="What happened?"
          hint="Give figures where you have them, and say over what period"
          maxLength={fieldLimits.results}
          threshold={75}
          defaultValue={one(values.results)}
          error={errors.results}
        />
        <Choices
          type="radio"
          name="state"
          legend="Is it still running?"
          hint="If you stopped, what you learned is still useful to others"
          options={options(adoptionStates)}
          selected={values.state ? [String(values.state)] : []}
          error={errors.state}
        />
        <Textarea
          name="stoppedReason"
          label="If you stopped, why?"
          hint="Leave this blank if it is still running"
          maxLength={fieldLimits.stoppedReason}
          rows={3}
          defaultValue={one(values.stoppedReason)}
          error={errors.stoppedReason}
        />
        <OutcomeQuestions values={values} errors={errors} />
        <ResourceQuestions values={values} errors={errors} />
        <h2 className="nhsuk-heading-m">About you</h2>
        <ContactQuestions values={values} errors={errors} about="report" />
        <h2 className="nhsuk-heading-m">Before you send</h2>
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
          selected={values.confirmation === "yes" ? ["yes"] : []}
          error={errors.confirmation}
        />
        {/* Hidden from people and assistive technology; only bots fill it in. */}
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
        <button
          className="nhsuk-button"
          data-module="nhsuk-button"
          data-prevent-double-click="true"
          type="submit"
        >
          Send report
        </button>
      </form>
    </>
  );
}
