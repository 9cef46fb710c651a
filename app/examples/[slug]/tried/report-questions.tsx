import { fieldLimits, optionsOf as options } from "@/app/forms/fields";
import type { FormField } from "@/app/forms/form-reply";
import { OrganisationQuestion } from "@/app/forms/groups/about-you";
import { Choices, Select, Textarea } from "@/components/form-fields";
import { adoptionStates, careSettings, regions } from "@/db/options";
import type { reportAnswers } from "./schema";

/** The questions about trying an example, shared by "we tried this too" and the moderators' edit form. */
export function ReportQuestions({
  fields,
}: {
  fields: Record<keyof typeof reportAnswers, FormField>;
}) {
  return (
    <>
      <h2 className="nhsuk-heading-m">Where you tried it</h2>
      <Choices
        type="radio"
        field={fields.careSetting}
        legend="Care setting"
        options={options(careSettings)}
      />
      <Select
        field={fields.region}
        label="NHS England region (optional)"
        emptyLabel="Not given"
        options={options(regions)}
      />
      <OrganisationQuestion
        field={fields.organisation}
        label="Organisation (optional)"
        hint="The trust or system where you tried it"
      />
      <h2 className="nhsuk-heading-m">What you did and what happened</h2>
      <Textarea
        field={fields.changes}
        label="What did you change from the original?"
        hint="For example, a different staff group, fewer weeks or another patient group. If you changed nothing, say so."
        maxLength={fieldLimits.changes}
        threshold={75}
      />
      <Textarea
        field={fields.results}
        label="What happened?"
        hint="Give figures where you have them, and say over what period"
        maxLength={fieldLimits.results}
        threshold={75}
      />
      <Choices
        type="radio"
        field={fields.state}
        legend="Is it still running?"
        hint="If you stopped, what you learned is still useful to others"
        options={options(adoptionStates)}
      />
      <Textarea
        field={fields.stoppedReason}
        label="If you stopped, why?"
        hint="Leave this blank if it is still running"
        maxLength={fieldLimits.stoppedReason}
        rows={3}
      />
    </>
  );
}
