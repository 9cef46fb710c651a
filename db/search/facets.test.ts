import { beforeAll, describe, expect, it } from "vitest";
import { stages, type EvidenceLevel, type Stage } from "@/db/options";
import { searchExamples, type SearchParams } from "./search";
import { whenSearchIndexFresh } from "./memory-index";
import { seedCatalogue } from "@/db/catalogue/seed";
import { insertTestExample, insertTestReport } from "@/db/testing";

const word = "facetprobe";
const stageKeys = Object.keys(stages) as Stage[];
// The three a sender can give, in this order, so that i % 3 picks one.
const evidenceKeys: EvidenceLevel[] = [
  "control-group",
  "before-after",
  "described",
];

beforeAll(async () => {
  await seedCatalogue();
  // 15 examples with every mix of stage, evidence and setting, some of them tried elsewhere.
  for (let i = 0; i < 15; i++) {
    const example = await insertTestExample({
      title: `Ward ${word} ${i}`,
      stage: i % 6 === 5 ? null : stageKeys[i % 5],
      evidence: i % 4 === 3 ? null : evidenceKeys[i % 3],
      careSetting: i % 2 === 0 ? "acute" : "community",
    });
    if (i % 3 === 0) await insertTestReport(example.id);
    if (i % 3 === 1) await insertTestReport(example.id, "pending");
    if (i % 5 === 2) await insertTestReport(example.id, "withdrawn");
  }
  await whenSearchIndexFresh();
});

const searches: SearchParams[] = [
  {},
  { stages: ["pilot"] },
  { evidence: ["before-after"], tried: true },
  { settings: ["acute"], stages: ["pilot", "idea"] },
  { tried: true, stages: ["routine-use", "stopped"], evidence: ["described"] },
];

describe("stage, evidence and tried-elsewhere filters", () => {
  it.each(searches)(
    "give counts that say what ticking each box would find: %j",
    async (filters) => {
      const answer = await searchExamples({ q: word, ...filters });
      for (const facet of answer.facets.stages) {
        const ticked = await searchExamples({
          q: word,
          ...filters,
          stages: [facet.value as Stage],
        });
        expect(facet.count, `stage ${facet.value}`).toBe(ticked.total);
      }
      for (const facet of answer.facets.evidence) {
        const ticked = await searchExamples({
          q: word,
          ...filters,
          evidence: [facet.value as EvidenceLevel],
        });
        expect(facet.count, `evidence ${facet.value}`).toBe(ticked.total);
      }
      const tried = await searchExamples({ q: word, ...filters, tried: true });
      expect(answer.facets.tried[0]!.count).toBe(tried.total);
    },
  );

  it("counts only published reports as tried elsewhere", async () => {
    const tried = await searchExamples({ q: word, tried: true, perPage: 50 });
    // Examples 0, 3, 6, 9 and 12 have a published report; pending and withdrawn ones do not count.
    expect(tried.results.map((hit) => hit.title).sort()).toEqual(
      [0, 3, 6, 9, 12].map((i) => `Ward ${word} ${i}`).sort(),
    );
  });

  it("finds exactly the examples with a chosen stage and evidence", async () => {
    const found = await searchExamples({
      q: word,
      stages: ["pilot"],
      evidence: ["control-group", "before-after"],
      perPage: 50,
    });
    // Stage "pilot" is i % 5 == 1; evidence control-group or before-after is i % 3 in {0, 1},
    // and none where i % 4 == 3.
    const expected = Array.from({ length: 15 }, (_, i) => i).filter(
      (i) => i % 5 === 1 && i % 6 !== 5 && i % 3 !== 2 && i % 4 !== 3,
    );
    expect(found.results.map((hit) => hit.title).sort()).toEqual(
      expected.map((i) => `Ward ${word} ${i}`).sort(),
    );
  });
});
