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
import type { FieldError } from "@/components/error-summary";
import {
  approveSubmission,
  getExampleForReview,
  rejectSubmission,
  updateExample,
  withdrawExample,
  type ModerationResult,
} from "@/db/moderation";
import { listThemeSlugs } from "@/db/themes";

export type ReviewState = { errors: FieldError[]; values: FormValues };

const intents = ["save", "approve", "reject", "withdraw"] as const;
export type Intent = (typeof intents)[number];

const done: Record<Intent, string> = {
  save: "saved",
  approve: "approved",
  reject: "rejected",
  withdraw: "withdrawn",
};

/** What to tell a moderator whose action was refused, usually because another got there first. */
function refusal(
  result: Exclude<ModerationResult, { ok: true }>,
  intent: Intent,
): FieldError {
  if (result.problem === "missing")
    return { field: "intent", message: "This example no longer exists" };
  const who = result.decidedBy ?? "Another moderator";
  if (result.problem === "conflict") {
    return {
      field: "intent",
      message: `${who} changed this example after you opened it, so nothing was ${done[intent]}. Reload the page to see their changes.`,
    };
  }
  if (result.status === "pending") {
    return {
      field: "intent",
      message: "This example is not published, so it cannot be withdrawn",
    };
  }
  const theirs = {
    published: "published",
    rejected: "rejected",
    withdrawn: "withdrawn",
  }[result.status];
  return {
    field: "intent",
    message: `${who} has already ${theirs} this example, so it was not ${done[intent]}`,
  };
}

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
  const example = getExampleForReview(reference);
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
    result = updateExample({ ...target, fields: parsed.data });
  } else if (intent === "approve") {
    result = approveSubmission(target);
  } else {
    const reason = reasonSchema.safeParse(values.reason);
    if (!reason.success)
      return { errors: fieldErrorsInOrder(reason.error, "reason"), values };
    result = (intent === "reject" ? rejectSubmission : withdrawExample)({
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
    return { errors: [refusal(result, intent)], values };
  }
  logger.info({ ...logged, changed: result.changed }, "Moderation action");
  const outcome = result.changed ? intent : "unchanged";
  redirect(`/admin/examples/${example.reference}?outcome=${outcome}`);
}
