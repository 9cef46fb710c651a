"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { refusal } from "@/app/admin/refusal";
import { requireModerator } from "@/app/admin/session";
import { logger } from "@/app/logger";
import { reasonSchema } from "@/app/forms/fields";
import type { FormReply } from "@/app/forms/form-reply";
import { readMeasureFiles } from "@/app/forms/groups/results-over-time";
import { answer, readForm, type Problem } from "@/app/forms/read-form";
import type { ModerationResult } from "@/db/moderation";
import { reviewKinds, type ReviewKind } from "./review-kinds";

const intents = ["save", "approve", "reject", "withdraw"] as const;

const formProblem: Problem = {
  message: "Something went wrong with the form. Reload the page and try again.",
};

/** What a decision sends: approving, nothing more; rejecting and withdrawing, a reason. */
const approvalSchema = z.object({});
const reasonedSchema = z.object({ reason: reasonSchema });

/**
 * Every moderator action on a review page, for an example, a "we tried this too" report or a
 * claim: save edits, approve, reject or withdraw. The session is checked and every answer validated here,
 * whatever the page showed.
 */
async function moderate<Fields>(
  kind: ReviewKind<Fields>,
  sent: FormData,
): Promise<FormReply> {
  const form = await readMeasureFiles(sent);
  const reference = String(form.get("reference") ?? "").toUpperCase();
  const moderator = await requireModerator(
    kind.referenceForm.test(reference)
      ? `/admin/${kind.path}/${reference}`
      : "/admin",
  );
  const item = await kind.find(reference);
  const intent = intents.find((i) => i === form.get("intent"));
  const schema =
    intent === "save" && kind.edit
      ? await kind.edit.schema()
      : intent === "approve"
        ? approvalSchema
        : reasonedSchema;
  const submission = readForm(form, schema);
  const refuse = (problem: Problem) => answer(submission, schema, problem);
  if (!item) return refuse({ message: `This ${kind.noun} no longer exists` });
  const version = z.coerce.number().int().safeParse(form.get("version"));
  if (!intent || !version.success) return refuse(formProblem);
  const target = {
    id: item.id,
    moderatorId: moderator.id,
    version: version.data,
  };

  if (intent === "save" && !kind.edit) return refuse(formProblem);
  if (submission.status !== "success") return answer(submission, schema);

  let result: ModerationResult;
  if (intent === "save")
    result = await kind.edit!.update({
      ...target,
      fields: submission.value as Fields,
    });
  else if (intent === "approve") result = await kind.decide(intent, target);
  else
    result = await kind.decide(intent, {
      ...target,
      reason: (submission.value as { reason: string }).reason,
    });
  const logged = {
    event: `${kind.event}.${intent}`,
    reference: item.reference,
    moderatorId: moderator.id,
  };
  if (!result.ok) {
    logger.info({ ...logged, refused: result.problem }, "Moderation refused");
    return refuse(refusal(result, intent, kind.noun));
  }
  logger.info({ ...logged, changed: result.changed }, "Moderation action");
  const outcome = result.changed ? intent : "unchanged";
  redirect(`/admin/${kind.path}/${item.reference}?outcome=${outcome}`);
}

/** A moderator's action on a submitted example. */
export async function moderateExample(
  _previous: FormReply | undefined,
  form: FormData,
): Promise<FormReply> {
  return moderate(reviewKinds.examples, form);
}

/** A moderator's action on a "we tried this too" report. */
export async function moderateReport(
  _previous: FormReply | undefined,
  form: FormData,
): Promise<FormReply> {
  return moderate(reviewKinds.reports, form);
}

/** A moderator's decision on a claim to an example. */
export async function moderateClaim(
  _previous: FormReply | undefined,
  form: FormData,
): Promise<FormReply> {
  return moderate(reviewKinds.claims, form);
}
