import "server-only";
import { queryReaderWith, searchExamples, type SearchResponse } from "./search";
import type { Synonym } from "./query";
import { judgements, type Judgement } from "./judgements";

export type SearchScores = {
  queries: number;
  /** Queries given a correction they should not have (or the wrong one). Target: none. */
  wrongCorrections: string[];
  /** Misspellings whose intended example is in the top 3. Target: all. */
  typoRecallAt3: number;
  /** For queries with a judged answer: the share of their answers in the top 3 (of at most 3). */
  recallAt3: number;
  /** For queries with a judged answer: the average of 1 / the rank of the first answer. */
  meanReciprocalRank: number;
  /** Unanswerable queries that honestly return nothing. Target: all. */
  honestNothing: number;
  /** One line for each query that lost marks, saying how. */
  misses: string[];
};

const average = (values: number[]) =>
  values.length === 0 ? 1 : values.reduce((a, b) => a + b, 0) / values.length;

/** Runs the judged query set through the real search and scores it. */
export async function scoreSearch(
  set: Judgement[] = judgements,
): Promise<SearchScores> {
  const wrongCorrections: string[] = [];
  const misses: string[] = [];
  const typoHits: number[] = [];
  const recalls: number[] = [];
  const reciprocalRanks: number[] = [];
  const nothing: number[] = [];
  for (const judgement of set) {
    const response = await searchExamples({ q: judgement.q, perPage: 50 });
    const slugs = response.results.map((hit) => hit.slug);
    const corrected = response.correctedQuery;
    if (corrected !== (judgement.correction ?? null)) {
      wrongCorrections.push(judgement.q);
      misses.push(
        `${judgement.q}: corrected to ${JSON.stringify(corrected)}, expected ${JSON.stringify(judgement.correction ?? null)}`,
      );
    }
    if (judgement.kind === "unanswerable") {
      nothing.push(response.total === 0 ? 1 : 0);
      if (response.total > 0)
        misses.push(
          `${judgement.q}: expected nothing, got ${slugs.join(", ")}`,
        );
      continue;
    }
    if (judgement.relevant.length === 0) continue;
    const top3 = slugs.slice(0, 3);
    const found = judgement.relevant.filter((slug) => top3.includes(slug));
    const recall = found.length / Math.min(3, judgement.relevant.length);
    recalls.push(recall);
    const firstRank = slugs.findIndex((slug) =>
      judgement.relevant.includes(slug),
    );
    reciprocalRanks.push(firstRank === -1 ? 0 : 1 / (firstRank + 1));
    if (judgement.kind === "misspelling")
      typoHits.push(found.length > 0 ? 1 : 0);
    if (recall < 1)
      misses.push(
        `${judgement.q}: top 3 ${top3.join(", ") || "(nothing)"}; expected ${judgement.relevant.join(", ")}`,
      );
  }
  return {
    queries: set.length,
    wrongCorrections,
    typoRecallAt3: average(typoHits),
    recallAt3: average(recalls),
    meanReciprocalRank: average(reciprocalRanks),
    honestNothing: average(nothing),
    misses,
  };
}

/** One judged query's marks: each is 1 at best, so a lower one is worse. */
function marksOf(judgement: Judgement, response: SearchResponse) {
  const slugs = response.results.map((hit) => hit.slug);
  const firstRank = slugs.findIndex((slug) =>
    judgement.relevant.includes(slug),
  );
  const top3 = slugs.slice(0, 3);
  return {
    correction:
      response.correctedQuery === (judgement.correction ?? null) ? 1 : 0,
    nothing: judgement.kind === "unanswerable" && response.total > 0 ? 0 : 1,
    recall:
      judgement.relevant.length === 0
        ? 1
        : judgement.relevant.filter((slug) => top3.includes(slug)).length /
          Math.min(3, judgement.relevant.length),
    reciprocalRank:
      judgement.relevant.length === 0
        ? 1
        : firstRank === -1
          ? 0
          : 1 / (firstRank + 1),
  };
}

/**
 * The judged queries that would do worse with `candidate` as moderators' synonyms than with
 * `current`: a wrong correction, an answer lower or gone, or results where honestly there are
 * none. A synonym that makes any of them worse is refused (db/insights).
 */
export async function judgedQueriesMadeWorse(
  current: Synonym[],
  candidate: Synonym[],
  set: Judgement[] = judgements,
): Promise<string[]> {
  const worse: string[] = [];
  const [readNow, readAsCandidate] = await Promise.all([
    queryReaderWith(current),
    queryReaderWith(candidate),
  ]);
  for (const judgement of set) {
    // A query the candidate reads as before is answered as before: no need to search it.
    const reading = JSON.stringify(readNow(judgement.q));
    if (reading === JSON.stringify(readAsCandidate(judgement.q))) continue;
    const params = { q: judgement.q, perPage: 50 };
    const before = marksOf(
      judgement,
      await searchExamples(params, { synonyms: current }),
    );
    const after = marksOf(
      judgement,
      await searchExamples(params, { synonyms: candidate }),
    );
    const keys = Object.keys(before) as (keyof typeof before)[];
    if (keys.some((key) => after[key] < before[key])) worse.push(judgement.q);
  }
  return worse;
}
