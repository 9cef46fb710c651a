import { optionsOf } from "@/app/forms/fields";
import type { FormField } from "@/app/forms/form-reply";
import { WhereQuestions } from "@/app/forms/groups/where";
import { Choices, LongAnswers, Textarea } from "@/components/form-fields";
import { adoptionStates } from "@/db/options";
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
      <WhereQuestions
        fields={fields}
        organisationHint="The trust or system where you tried it"
      />
      <h2 className="nhsuk-heading-m">What you did and what happened</h2>
      <LongAnswers
        questions={[
          {
            field: fields.changes,
            label: "What did you change from the original?",
            hint: "For example, a different staff group, fewer weeks or another patient group. If you changed nothing, say so.",
          },
          {
            field: fields.results,
            label: "What happened?",
            hint: "Give figures where you have them, and say over what period",
          },
        ]}
      />
      <Choices
        type="radio"
        field={fields.state}
        legend="Is it still running?"
        hint="If you stopped, what you learned is still useful to others"
        options={optionsOf(adoptionStates)}
      />
      <Textarea
        field={fields.stoppedReason}
        label="If you stopped, why?"
        hint="Leave this blank if it is still running"
        rows={3}
      />
    </>
  );
}
