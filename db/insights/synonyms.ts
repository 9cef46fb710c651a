import "server-only";
import { asc, eq } from "drizzle-orm";
import { db, transaction } from "@/db/core/client";
import { now } from "@/db/core/clock";
import { moderators, searchSynonyms } from "@/db/core/schema";
import {
  judgedQueriesMadeWorse,
  nhsTerms,
  queryWords,
  withSynonyms,
  type Synonym,
} from "@/db/search";

/**
 * Words moderators teach the search: "pre-op" means "preoperative". They sit beside the reviewed
 * NHS terms in db/search/nhs-terms.ts, and the search reads them with its index, so one taught on
 * any instance is used on every instance within a second.
 */

export type StoredSynonym = Synonym & {
  id: number;
  note: string;
  addedBy: string | null;
  createdAt: Date;
};

/** Every synonym moderators have taught, newest first, with who added it. */
export async function listSynonyms(): Promise<StoredSynonym[]> {
  const rows = await db()
    .select({
      id: searchSynonyms.id,
      word: searchSynonyms.word,
      means: searchSynonyms.means,
      note: searchSynonyms.note,
      addedBy: moderators.name,
      createdAt: searchSynonyms.createdAt,
    })
    .from(searchSynonyms)
    .leftJoin(moderators, eq(moderators.id, searchSynonyms.addedBy))
    .orderBy(asc(searchSynonyms.word), asc(searchSynonyms.id));
  return rows;
}

const keyOf = (form: string) => queryWords(form).flat().join(" ");

/** Whether the search already treats the two as the same thing (an NHS term, or taught before). */
function alreadySame(word: string, means: string, taught: Synonym[]): boolean {
  const [a, b] = [keyOf(word), keyOf(means)];
  if (a === b) return true;
  return withSynonyms(nhsTerms, taught).some((group) => {
    const keys = group.forms.map(keyOf);
    return keys.includes(a) && keys.includes(b);
  });
}

export type TeachResult =
  | { ok: true; id: number }
  | { ok: false; problem: "already-same" }
  | { ok: false; problem: "makes-worse"; queries: string[] };

/**
 * Teaches the search that `word` means `means`, unless it already does, or unless it would make
 * a judged query (db/search/judgements.ts, as `npm run eval:search` scores them) worse: then it
 * is refused with the queries it would break.
 */
export async function teachSynonym(
  synonym: Synonym & { note: string },
  moderatorId: number,
): Promise<TeachResult> {
  const taught = (await listSynonyms()).map(({ word, means }) => ({
    word,
    means,
  }));
  if (alreadySame(synonym.word, synonym.means, taught))
    return { ok: false, problem: "already-same" };
  const worse = await judgedQueriesMadeWorse(taught, [
    ...taught,
    { word: synonym.word, means: synonym.means },
  ]);
  if (worse.length > 0)
    return { ok: false, problem: "makes-worse", queries: worse };
  const [row] = await transaction((tx) =>
    tx
      .insert(searchSynonyms)
      .values({
        word: synonym.word,
        means: synonym.means,
        note: synonym.note,
        addedBy: moderatorId,
        createdAt: now(),
      })
      .onConflictDoNothing()
      .returning({ id: searchSynonyms.id }),
  );
  if (!row) return { ok: false, problem: "already-same" };
  return { ok: true, id: row.id };
}

/** Removes a synonym; the search stops using it within a second. Returns whether it was there. */
export async function removeSynonym(id: number): Promise<boolean> {
  const removed = await transaction((tx) =>
    tx
      .delete(searchSynonyms)
      .where(eq(searchSynonyms.id, id))
      .returning({ id: searchSynonyms.id }),
  );
  return removed.length > 0;
}
