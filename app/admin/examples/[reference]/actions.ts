"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireModerator } from "@/app/admin/session";
import { logger } from "@/app/logger";
import {
  fieldErrorsInOrder,
  moderatorEditSchema,
  formValues,
  reasonSchema,
  type FormValues,
} from "@/app/submit/schema";
import { refusal } from "@/app/admin/refusal";
import type { FieldError } from "@/components/error-summary";
import {
  approveSubmission,
  getExampleForReview,
  rejectSubmission,
  updateExample,
  withdrawExample,
  type ModerationResult,
} from "@/db/moderation";
import { listThemeSlugs } from "@/db/catalogue";

export type ReviewState = { errors: FieldError[]; values: FormValues };

const intents = ["save", "approve", "reject", "withdraw"] as const;

/** Every moderator action on the review page: save edits, approve, reject or withdraw. */
export async function moderateExample(
  _previous: ReviewState,
  form: FormData,
): Promise<ReviewState> {
  const values = formValues(form);
  const reference = String(form.get("reference") ?? "").toUpperCase();
  const moderator = await requireModerator(
    /^IX-\d+$/.test(reference) ? `/admin/examples/${reference}` : "/admin",
  );
  const example = await getExampleForReview(reference);
  if (!example)
    return {
      errors: [{ field: "intent", message: "This example no longer exists" }],
      values,
    };
  const intent = intents.find((i) => i === form.get("intent"));
  const version = z.coerce.number().int().safeParse(form.get("version"));
  if (!intent || !version.success) {
    return {
      errors: [
        {
          field: "intent",
          message:
            "Something went wrong with the form. Reload the page and try again.",
        },
      ],
      values,
    };
  }
  const target = {
    id: example.id,
    moderatorId: moderator.id,
    version: version.data,
  };

  let result: ModerationResult;
  if (intent === "save") {
    // Unticked boxes send nothing; record them as cleared so the form shows them cleared.
    values.themes ??= [];
    values.contactConsent ??= "";
    values.evidenceChecked ??= "";
    const parsed = moderatorEditSchema(await listThemeSlugs()).safeParse(
      values,
    );
    if (!parsed.success)
      return { errors: fieldErrorsInOrder(parsed.error), values };
    result = await updateExample({ ...target, fields: parsed.data });
  } else if (intent === "approve") {
    result = await approveSubmission(target);
  } else {
    const reason = reasonSchema.safeParse(values.reason);
    if (!reason.success)
      return { errors: fieldErrorsInOrder(reason.error, "reason"), values };
    result = await (intent === "reject" ? rejectSubmission : withdrawExample)({
      ...target,
      reason: reason.data,
    });
  }
  const logged = {
    event: `moderation.${intent}`,
    reference: example.reference,
    moderatorId: moderator.id,
  };
  if (!result.ok) {
    logger.info({ ...logged, refused: result.problem }, "Moderation refused");
    return { errors: [refusal(result, intent, "example")], values };
  }
  logger.info({ ...logged, changed: result.changed }, "Moderation action");
  const outcome = result.changed ? intent : "unchanged";
  redirect(`/admin/examples/${example.reference}?outcome=${outcome}`);
}
