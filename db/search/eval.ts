import "server-only";
import { searchExamples } from "./search";
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
