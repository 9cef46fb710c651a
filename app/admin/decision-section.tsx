import type { ReactNode } from "react";
import type { useFormFields } from "@/app/forms/use-form-reply";
import type { FormField } from "@/app/forms/form-reply";
import { Textarea } from "@/components/form-fields";
import type { ExampleStatus } from "@/db/options";

/**
 * Approve, and reject or withdraw with a reason: the same for an example, a report and a claim
 * (which is never withdrawn: approving it only names a contact). Each is a form of its own posting
 * to the review page's action, so each works without JavaScript.
 */
export function DecisionSection({
  status,
  about,
  formAction,
  hidden,
  decision,
  approval,
}: {
  status: ExampleStatus;
  about: "example" | "report" | "claim";
  formAction: (form: FormData) => void;
  /** The reference and version fields every form sends. */
  hidden: ReactNode;
  /** The reason's form: its field, with what was sent and its problem, and its own props. */
  decision: {
    fields: { reason: FormField };
    formProps: ReturnType<typeof useFormFields>["formProps"];
  };
  /** What approving does; null when it cannot be approved, with why. */
  approval: { explains: string } | { refused: string };
}) {
  if (status !== "pending" && (status !== "published" || about === "claim"))
    return null;
  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">Decision</h2>
      {status === "pending" && "explains" in approval ? (
        <form action={formAction}>
          {hidden}
          <p>{approval.explains}</p>
          <button
            className="nhsuk-button"
            data-module="nhsuk-button"
            type="submit"
            name="intent"
            value="approve"
          >
            {about === "claim" ? "Approve claim" : "Approve and publish"}
          </button>
        </form>
      ) : null}
      {status === "pending" && "refused" in approval ? (
        <p>{approval.refused}</p>
      ) : null}
      <form {...decision.formProps}>
        {hidden}
        <Textarea
          field={decision.fields.reason}
          label={
            status === "pending"
              ? "Reason for rejecting"
              : "Reason for withdrawing"
          }
          hint={
            about === "claim"
              ? "Kept with the claim, and emailed to the person who sent it. It is never shown publicly."
              : status === "pending"
                ? `Kept with the ${about}'s history, and emailed to the person who sent it if they asked to hear. It is never shown publicly.`
                : `Kept with the ${about}'s history for moderators. It is never shown publicly or sent to anyone.`
          }
          rows={3}
          threshold={75}
        />
        <button
          className="nhsuk-button nhsuk-button--warning"
          data-module="nhsuk-button"
          type="submit"
          name="intent"
          value={status === "pending" ? "reject" : "withdraw"}
        >
          {status === "pending" ? "Reject" : "Withdraw from publication"}
        </button>
      </form>
    </section>
  );
}
