/** The warning every public form shows before its questions: no patient information. */
export function PatientInformationWarning() {
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Do not include patient information
        </span>
      </h2>
      <p>
        Do not include anything that could identify a patient, such as names,
        NHS numbers, dates of birth or details of individual cases.
      </p>
    </div>
  );
}
