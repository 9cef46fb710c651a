import { useActionState, type ReactNode } from "react";
import type {
  DefaultValue,
  FieldMetadata,
  FormMetadata,
} from "@conform-to/react";
import type { FormField, FormReply } from "@/app/forms/form-reply";
import {
  aboutYouAnswers,
  AboutYouQuestions,
  moderatorsAsk,
  reachYouAnswers,
  ReachYouQuestions,
} from "@/app/forms/groups/about-you";
import { costAnswers, CostQuestions } from "@/app/forms/groups/cost";
import {
  ResultsOverTimeQuestions,
  type PostedMeasure,
} from "@/app/forms/groups/results-over-time";
import { useFormFields } from "@/app/forms/use-form-reply";

/** What the reply is to: the edit form's "save", or a decision. */
const intentOf = (reply: FormReply | undefined) => reply?.initialValue?.intent;

/**
 * The forms of a review page (an example's, a report's or a claim's): they all post to one server
 * action and send the reference and the version the moderator saw. The edit form shows the stored
 * answers until the action sends others back; the reason for a decision, what was sent with it.
 */
export function useReviewForm<EditSchema extends Record<string, unknown>>(
  action: (
    previous: FormReply | undefined,
    form: FormData,
  ) => Promise<FormReply>,
  {
    reference,
    version,
    stored,
  }: {
    reference: string;
    version: number;
    stored?: DefaultValue<EditSchema>;
  },
) {
  const [reply, formAction] = useActionState(action, undefined);
  const edit = useFormFields<EditSchema>(
    intentOf(reply) === "save" ? reply : undefined,
    formAction,
    { id: "edit", defaultValue: stored },
  );
  const decision = useFormFields<{ reason: string }>(
    intentOf(reply) === "save" ? undefined : reply,
    formAction,
    { id: "decision" },
  );
  const hidden = (
    <>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  return { reply, formAction, hidden, edit, decision };
}

/** A review page's forms, as useReviewForm gives them, whatever its edit form asks. */
export type ReviewForm = Omit<ReturnType<typeof useReviewForm>, "edit">;

/** A review page's forms with an edit form, which ends with what it cost and who sent it. */
type EditableReview = ReviewForm & {
  edit: {
    form: FormMetadata;
    formProps: ReturnType<typeof useFormFields>["formProps"];
    fields: Record<
      | keyof typeof costAnswers
      | keyof typeof aboutYouAnswers
      | keyof typeof reachYouAnswers,
      FormField
    > & { measure: FieldMetadata<PostedMeasure[] | undefined> };
  };
};

/**
 * "Edit this example" or "Edit this report": its own questions, then its results over time, what
 * it cost and who sent it, as the public form asks them; then "Save changes".
 */
export function EditSection({
  review: { hidden, edit },
  about,
  note,
  children,
}: {
  review: EditableReview;
  about: "example" | "report";
  /** What else saving does, after "Changes are saved with a record of what changed." */
  note?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby="edit-heading">
      <h2 id="edit-heading">Edit this {about}</h2>
      <p>
        Changes are saved with a record of what changed.
        {note ? ` ${note}` : ""}
      </p>
      <form {...edit.formProps}>
        {hidden}
        {children}
        <ResultsOverTimeQuestions
          form={edit.form}
          field={edit.fields.measure}
        />
        <CostQuestions fields={edit.fields} />
        <AboutYouQuestions
          fields={edit.fields}
          emailHint={moderatorsAsk(about)}
        />
        <ReachYouQuestions fields={edit.fields} about={about} />
        <button
          className="nhsuk-button nhsuk-button--secondary"
          data-module="nhsuk-button"
          type="submit"
          name="intent"
          value="save"
        >
          Save changes
        </button>
      </form>
    </section>
  );
}
