import { beforeAll, describe, expect, it } from "vitest";
import { scoreSearch } from "./eval";
import { judgements } from "./judgements";
import { seedCatalogue } from "@/db/catalogue/seed";

beforeAll(async () => {
  await seedCatalogue();
});

describe("the search against the judged query set", () => {
  it("judges enough queries of every kind to mean something", async () => {
    expect(judgements.length).toBeGreaterThanOrEqual(60);
    for (const kind of [
      "misspelling",
      "acronym",
      "plain",
      "phrase",
      "unanswerable",
    ])
      expect(
        judgements.filter((judgement) => judgement.kind === kind).length,
        kind,
      ).toBeGreaterThanOrEqual(8);
  });

  it("corrects no correct word, finds every misspelt one, and says nothing when it has nothing", async () => {
    const scores = await scoreSearch();
    expect(scores.wrongCorrections).toEqual([]);
    expect(scores.typoRecallAt3).toBe(1);
    expect(scores.honestNothing).toBe(1);
    // Room for harder queries to join the set without failing the build at once.
    expect(scores.recallAt3, scores.misses.join("\n")).toBeGreaterThanOrEqual(
      0.95,
    );
    expect(scores.meanReciprocalRank).toBeGreaterThanOrEqual(0.9);
  });
});
