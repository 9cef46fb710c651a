"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { refusal } from "@/app/admin/refusal";
import { requireModerator } from "@/app/admin/session";
import { logger } from "@/app/logger";
import {
  fieldErrorsInOrder,
  formValues,
  reasonSchema,
  type FormValues,
} from "@/app/forms/fields";
import type { FieldError } from "@/components/error-summary";
import type { ModerationResult } from "@/db/moderation";
import {
  clearUntickedBoxes,
  reviewKinds,
  type ReviewKind,
} from "./review-kinds";

export type ReviewState = { errors: FieldError[]; values: FormValues };

const intents = ["save", "approve", "reject", "withdraw"] as const;

const formProblem: FieldError = {
  field: "intent",
  message: "Something went wrong with the form. Reload the page and try again.",
};

/**
 * Every moderator action on a review page, for an example, a "we tried this too" report or a
 * claim: save edits, approve, reject or withdraw. The session is checked and every answer validated here,
 * whatever the page showed.
 */
async function moderate<Fields>(
  kind: ReviewKind<Fields>,
  form: FormData,
): Promise<ReviewState> {
  const values = formValues(form);
  const reference = String(form.get("reference") ?? "").toUpperCase();
  const moderator = await requireModerator(
    kind.referenceForm.test(reference)
      ? `/admin/${kind.path}/${reference}`
      : "/admin",
  );
  const item = await kind.find(reference);
  if (!item)
    return {
      errors: [
        { field: "intent", message: `This ${kind.noun} no longer exists` },
      ],
      values,
    };
  const intent = intents.find((i) => i === form.get("intent"));
  const version = z.coerce.number().int().safeParse(form.get("version"));
  if (!intent || !version.success) return { errors: [formProblem], values };
  const target = {
    id: item.id,
    moderatorId: moderator.id,
    version: version.data,
  };

  let result: ModerationResult;
  if (intent === "save") {
    if (!kind.edit) return { errors: [formProblem], values };
    clearUntickedBoxes(values, kind.edit.untickedBoxes);
    const parsed = (await kind.edit.schema()).safeParse(values);
    if (!parsed.success)
      return {
        errors: fieldErrorsInOrder(
          parsed.error,
          undefined,
          kind.edit.fieldOrder,
        ),
        values,
      };
    result = await kind.edit.update({ ...target, fields: parsed.data });
  } else if (intent === "approve") {
    result = await kind.decide(intent, target);
  } else {
    const reason = reasonSchema.safeParse(values.reason);
    if (!reason.success)
      return { errors: fieldErrorsInOrder(reason.error, "reason"), values };
    result = await kind.decide(intent, { ...target, reason: reason.data });
  }
  const logged = {
    event: `${kind.event}.${intent}`,
    reference: item.reference,
    moderatorId: moderator.id,
  };
  if (!result.ok) {
    logger.info({ ...logged, refused: result.problem }, "Moderation refused");
    return { errors: [refusal(result, intent, kind.noun)], values };
  }
  logger.info({ ...logged, changed: result.changed }, "Moderation action");
  const outcome = result.changed ? intent : "unchanged";
  redirect(`/admin/${kind.path}/${item.reference}?outcome=${outcome}`);
}

/** A moderator's action on a submitted example. */
export async function moderateExample(
  _previous: ReviewState,
  form: FormData,
): Promise<ReviewState> {
  return moderate(reviewKinds.examples, form);
}

/** A moderator's action on a "we tried this too" report. */
export async function moderateReport(
  _previous: ReviewState,
  form: FormData,
): Promise<ReviewState> {
  return moderate(reviewKinds.reports, form);
}

/** A moderator's decision on a claim to an example. */
export async function moderateClaim(
  _previous: ReviewState,
  form: FormData,
): Promise<ReviewState> {
  return moderate(reviewKinds.claims, form);
}
