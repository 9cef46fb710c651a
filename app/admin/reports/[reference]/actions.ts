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
} from "@/app/submit/schema";
import type { FieldError } from "@/components/error-summary";
import {
  adoptionReportFieldsSchema,
  reportFieldOrder,
} from "@/app/examples/[slug]/tried/schema";
import {
  decideReport,
  getReportForReview,
  updateReport,
} from "@/db/moderation";
import type { ModerationResult } from "@/db/moderation";

export type ReportReviewState = { errors: FieldError[]; values: FormValues };

const intents = ["save", "approve", "reject", "withdraw"] as const;

/** A moderator's action on a "we tried this too" report: save edits, approve, reject or withdraw. */
export async function moderateReport(
  _previous: ReportReviewState,
  form: FormData,
): Promise<ReportReviewState> {
  const values = formValues(form);
  const reference = String(form.get("reference") ?? "").toUpperCase();
  const moderator = await requireModerator(
    /^TR-\d+$/.test(reference) ? `/admin/reports/${reference}` : "/admin",
  );
  const report = await getReportForReview(reference);
  if (!report)
    return {
      errors: [{ field: "intent", message: "This report no longer exists" }],
      values,
    };
  const intent = intents.find((i) => i === form.get("intent"));
  const version = z.coerce.number().int().safeParse(form.get("version"));
  if (!intent || !version.success)
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
  const target = {
    id: report.id,
    moderatorId: moderator.id,
    version: version.data,
  };
  let result: ModerationResult;
  if (intent === "save") {
    // An unticked box sends nothing; record it as cleared so the form shows it cleared.
    values.contactConsent ??= "";
    const parsed = adoptionReportFieldsSchema.safeParse(values);
    if (!parsed.success)
      return {
        errors: fieldErrorsInOrder(parsed.error, undefined, reportFieldOrder),
        values,
      };
    result = await updateReport({ ...target, fields: parsed.data });
  } else if (intent === "approve") {
    result = await decideReport(intent, target);
  } else {
    const parsed = reasonSchema.safeParse(values.reason);
    if (!parsed.success)
      return { errors: fieldErrorsInOrder(parsed.error, "reason"), values };
    result = await decideReport(intent, { ...target, reason: parsed.data });
  }
  const logged = {
    event: `moderation.report.${intent}`,
    reference,
    moderatorId: moderator.id,
  };
  if (!result.ok) {
    logger.info({ ...logged, refused: result.problem }, "Moderation refused");
    return { errors: [refusal(result, intent, "report")], values };
  }
  logger.info({ ...logged, changed: result.changed }, "Moderation action");
  redirect(
    `/admin/reports/${reference}?outcome=${result.changed ? intent : "unchanged"}`,
  );
}
