"use server";

import type { ReplyTo } from "@/app/forms/form-reply";
import { receivePublicForm } from "@/app/forms/public-form";
import type { Problem } from "@/app/forms/read-form";
import {
  createAdoptionReport,
  findReportBySubmissionKey,
} from "@/db/moderation";
import { findExampleRoute } from "@/db/catalogue";
import { adoptionReportSchema } from "./schema";

type ReportReply = ReplyTo<typeof adoptionReportSchema>;

const exampleGone: Problem = {
  message:
    "This example is no longer published, so reports about it cannot be sent. Your answers have not been saved.",
};

/**
 * Stores a "we tried this too" report as pending, under its example. The same protections as the
 * submission form (receivePublicForm): the hidden field, one rate limit shared with submissions,
 * the one-off key.
 */
export async function submitAdoptionReport(
  _previous: ReportReply | undefined,
  form: FormData,
): Promise<ReportReply> {
  const route = await findExampleRoute(String(form.get("slug") ?? ""));
  const example = route.kind === "published" ? route.example : null;
  const { reply } = await receivePublicForm(form, {
    event: "report",
    schema: adoptionReportSchema,
    confirmation: `/examples/${example?.slug}/tried/confirmation`,
    check: async () => (example ? null : exampleGone),
    findStored: findReportBySubmissionKey,
    async store({ outcome, ...report }) {
      const created = await createAdoptionReport(example!.id, report, outcome);
      return created.ok
        ? {
            reference: created.reference,
            logged: { example: example!.reference },
          }
        : { refused: exampleGone };
    },
  });
  return reply;
}
