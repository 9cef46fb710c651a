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
import { decideReport, getReportForReview } from "@/db/adoption-reports";

export type ReportReviewState = { errors: FieldError[]; values: FormValues };

const decisions = ["approve", "reject", "withdraw"] as const;

/** A moderator's decision on a "we tried this too" report: approve, reject or withdraw. */
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
  const decision = decisions.find((d) => d === form.get("intent"));
  const version = z.coerce.number().int().safeParse(form.get("version"));
  if (!decision || !version.success)
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
  let reason: string | undefined;
  if (decision !== "approve") {
    const parsed = reasonSchema.safeParse(values.reason);
    if (!parsed.success)
      return { errors: fieldErrorsInOrder(parsed.error, "reason"), values };
    reason = parsed.data;
  }
  const result = decideReport(decision, {
    id: report.id,
    moderatorId: moderator.id,
    version: version.data,
    reason,
  });
  const logged = {
    event: `moderation.report.${decision}`,
    reference,
    moderatorId: moderator.id,
  };
  if (!result.ok) {
    logger.info({ ...logged, refused: result.problem }, "Moderation refused");
    return { errors: [refusal(result, decision, "report")], values };
  }
  logger.info({ ...logged, changed: result.changed }, "Moderation action");
  redirect(
    `/admin/reports/${reference}?outcome=${result.changed ? decision : "unchanged"}`,
  );
}
