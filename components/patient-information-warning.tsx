import { WarningCallout } from "./warning-callout";

/** The warning every public form shows before its questions: no patient information. */
export function PatientInformationWarning() {
  return (
    <WarningCallout heading="Do not include patient information">
      <p>
        Do not include anything that could identify a patient, such as names,
        NHS numbers, dates of birth or details of individual cases.
      </p>
    </WarningCallout>
  );
}
