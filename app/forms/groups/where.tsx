import { z } from "zod";
import { Choices, Select } from "@/components/form-fields";
import { careSettings, regions } from "@/db/options";
import type { FormField } from "../form-reply";
import { keysOf, optionalChoice, optionalText, optionsOf } from "../fields";
import { OrganisationQuestion } from "./about-you";

// "Where": the care setting, the NHS England region and the organisation where the work was done,
// or where a team tried it.

export function whereAnswers(careSettingMissing: string) {
  return {
    careSetting: z.enum(keysOf(careSettings), { error: careSettingMissing }),
    region: optionalChoice(keysOf(regions), "Select a region from the list"),
    organisation: optionalText("organisation"),
  };
}

export function WhereQuestions({
  fields,
  careSettingHint,
  organisationHint,
}: {
  fields: Record<keyof ReturnType<typeof whereAnswers>, FormField>;
  careSettingHint?: string;
  organisationHint: string;
}) {
  return (
    <>
      <Choices
        type="radio"
        field={fields.careSetting}
        legend="Care setting"
        hint={careSettingHint}
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
        hint={organisationHint}
      />
    </>
  );
}
