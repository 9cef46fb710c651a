/** The NHS confirmation panel after a form is sent, with its reference when it is a real one. */
export function SentPanel({
  heading,
  reference,
}: {
  heading: string;
  /** Shown only when it names something stored, so a made-up address shows no number. */
  reference: string | null;
}) {
  return (
    <div className="nhsuk-panel">
      <h1 className="nhsuk-panel__heading">{heading}</h1>
      {reference ? (
        <div className="nhsuk-panel__body">
          Your reference number
          <br />
          <strong>{reference}</strong>
        </div>
      ) : null}
    </div>
  );
}
