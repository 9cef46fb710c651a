"use server";

import { redirect } from "next/navigation";
import type { ReplyTo } from "@/app/forms/form-reply";
import { answer, readForm } from "@/app/forms/read-form";
import { logger } from "@/app/logger";
import { removeSynonym, teachSynonym } from "@/db/insights";
import { requireModerator } from "../session";
import { removeSynonymSchema, synonymSchema } from "./schema";

const page = "/admin/search-words";

type TeachReply = ReplyTo<typeof synonymSchema>;

/** Teaches the search a synonym, unless it is wrong or would make a judged query worse. */
export async function teachAction(
  _previous: TeachReply | undefined,
  form: FormData,
): Promise<TeachReply> {
  const moderator = await requireModerator(page);
  const submission = readForm(form, synonymSchema);
  if (submission.status !== "success") return answer(submission, synonymSchema);
  const taught = submission.value;
  const result = await teachSynonym(taught, moderator.id);
  if (!result.ok) {
    const message =
      result.problem === "already-same"
        ? `The search already treats ‘${taught.word}’ and ‘${taught.means}’ as the same`
        : `This would make the search worse for ${result.queries.map((q) => `‘${q}’`).join(", ")}. Choose a word or phrase that means only this`;
    return answer(submission, synonymSchema, { field: "means", message });
  }
  logger.info(
    {
      event: "search.synonym_added",
      synonymId: result.id,
      actorId: moderator.id,
    },
    "Synonym added",
  );
  redirect(`${page}?done=added`);
}

/** Removes a synonym; the search stops using it within a second. */
export async function removeSynonymAction(form: FormData): Promise<void> {
  const moderator = await requireModerator(page);
  const parsed = removeSynonymSchema.safeParse({ id: form.get("id") });
  if (!parsed.success) redirect(`${page}?problem=missing`);
  const removed = await removeSynonym(parsed.data.id);
  if (!removed) redirect(`${page}?problem=missing`);
  logger.info(
    {
      event: "search.synonym_removed",
      synonymId: parsed.data.id,
      actorId: moderator.id,
    },
    "Synonym removed",
  );
  redirect(`${page}?done=removed`);
}
