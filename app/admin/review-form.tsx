import { useActionState } from "react";
import type { ReviewState } from "@/app/admin/moderate";
import type { FormValues } from "@/app/forms/fields";
import { ErrorSummary, type FieldError } from "@/components/error-summary";
import { ErrorMessage } from "@/components/form-fields";
import { serviceName } from "@/components/site-header";

/**
 * The state shared by a review page's forms (an example's or a report's): they all post to one
 * server action, send the reference and the version the moderator saw, and show the answers
 * stored unless the action sent others back.
 */
export function useReviewForm(
  action: (state: ReviewState, form: FormData) => Promise<ReviewState>,
  {
    reference,
    version,
    stored,
  }: {
    reference: string;
    version: number;
    stored: FormValues;
  },
) {
  const [state, formAction] = useActionState(action, {
    errors: [],
    values: stored,
  });
  // Each form sends only its own fields, so fill the rest from what is stored.
  const values = { ...stored, ...state.values };
  const errors = Object.fromEntries(
    state.errors.map(({ field, message }) => [field, message]),
  );
  const hidden = (
    <>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  return { state, formAction, values, errors, hidden };
}

/** The page title (with "Error: " when there are errors), the error summary and any refusal. */
export function ReviewFormHeader({
  title,
  errors,
}: {
  title: string;
  errors: FieldError[];
}) {
  const refusal = errors.find((error) => error.field === "intent")?.message;
  return (
    <>
      <title>{`${errors.length > 0 ? "Error: " : ""}${title} – ${serviceName}`}</title>
      <ErrorSummary errors={errors} />
      <div id="intent" tabIndex={-1}>
        <ErrorMessage name="intent" error={refusal} />
      </div>
    </>
  );
}
