/**
 * The NHS confirmation panel after a form is sent, with its reference when it is a real one, or a
 * line of its own.
 */
export function SentPanel({
  heading,
  reference,
  body,
}: {
  heading: string;
  /** Shown only when it names something stored, so a made-up address shows no number. */
  reference: string | null;
  body?: string;
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
      ) : body ? (
        <div className="nhsuk-panel__body">{body}</div>
      ) : null}
    </div>
  );
}
