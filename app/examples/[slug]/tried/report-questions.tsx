import { fieldLimits, oneValue, type FormValues } from "@/app/forms/fields";
import { Choices, Select, Textarea, TextInput } from "@/components/form-fields";
import { adoptionStates, careSettings, regions } from "@/db/options";

const one = oneValue;
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The questions about trying an example, shared by "we tried this too" and the moderators' edit form. */
export function ReportQuestions({
  values,
  errors,
}: {
  values: FormValues;
  errors: Record<string, string>;
}) {
  return (
    <>
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
    </>
  );
}
