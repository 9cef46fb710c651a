import { FormHeader } from "@/app/forms/form-header";
import { Textarea } from "@/components/form-fields";
import type { ExampleStatus } from "@/db/options";
import type { ReviewForm } from "./review-form";

/**
 * The top of a review page's forms: the title and the error summary, then the decision. Approve,
 * and reject or withdraw with a reason: the same for an example, a report and a claim (which is
 * never withdrawn: approving it only names a contact). Each is a form of its own posting to the
 * review page's action, so each works without JavaScript.
 */
export function ReviewDecision({
  review: { reply, formAction, hidden, decision },
  title,
  status,
  about,
  approval,
}: {
  review: ReviewForm;
  title: string;
  status: ExampleStatus;
  about: "example" | "report" | "claim";
  /** What approving does; null when it cannot be approved, with why. */
  approval: { explains: string } | { refused: string };
}) {
  const decides =
    status === "pending" || (status === "published" && about !== "claim");
  return (
    <>
      <FormHeader reply={reply} title={title} />
      {decides ? (
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
      ) : null}
    </>
  );
}
