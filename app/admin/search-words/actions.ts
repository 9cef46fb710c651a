"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { logger } from "@/app/logger";
import type { FieldError } from "@/components/error-summary";
import { removeSynonym, teachSynonym } from "@/db/insights";
import { requireModerator } from "../session";
import { removeSynonymSchema, synonymFields, synonymSchema } from "./schema";

const page = "/admin/search-words";

export type TeachState = {
  errors: FieldError[];
  values: Record<(typeof synonymFields)[number], string>;
};

const valueOf = (form: FormData, field: string) => {
  const value = form.get(field);
  return typeof value === "string" ? value.slice(0, 1000) : "";
};

/** Teaches the search a synonym, unless it is wrong or would make a judged query worse. */
export async function teachAction(
  _previous: TeachState,
  form: FormData,
): Promise<TeachState> {
  const moderator = await requireModerator(page);
  const values = Object.fromEntries(
    synonymFields.map((field) => [field, valueOf(form, field)]),
  ) as TeachState["values"];
  const parsed = synonymSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    return {
      values,
      errors: synonymFields.flatMap((field) => {
        const message = fieldErrors[field]?.[0];
        return message ? [{ field, message }] : [];
      }),
    };
  }
  const result = await teachSynonym(parsed.data, moderator.id);
  if (!result.ok) {
    const message =
      result.problem === "already-same"
        ? `The search already treats ‘${parsed.data.word}’ and ‘${parsed.data.means}’ as the same`
        : `This would make the search worse for ${result.queries.map((q) => `‘${q}’`).join(", ")}. Choose a word or phrase that means only this`;
    return { values, errors: [{ field: "means", message }] };
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
