import { describe, expect, it } from "vitest";
import { seedCatalogue } from "@/db/catalogue";
import { searchExamples, whenSearchIndexFresh } from "@/db/search";
import { insertTestModerator } from "@/db/testing";
import { listSynonyms, removeSynonym, teachSynonym } from "./synonyms";

await seedCatalogue();
const moderator = await insertTestModerator("Sam Moderator");

const slugsFor = async (q: string) => {
  await whenSearchIndexFresh();
  return (await searchExamples({ q })).results.map((hit) => hit.slug);
};

describe("synonyms moderators teach the search", () => {
  it("finds what the word means once taught, and stops when it is removed", async () => {
    expect(await slugsFor("prehabilitation")).toEqual([]);
    const taught = await teachSynonym(
      {
        word: "prehabilitation",
        means: "preoperative assessment",
        note: "Staff search for prehab programmes before surgery",
      },
      moderator.id,
    );
    expect(taught.ok).toBe(true);
    const found = await slugsFor("prehabilitation");
    expect(found[0]).toMatch(/preoperative/);
    const [listed] = await listSynonyms();
    expect(listed).toMatchObject({
      word: "prehabilitation",
      means: "preoperative assessment",
      addedBy: "Sam Moderator",
    });

    expect(await removeSynonym(listed!.id)).toBe(true);
    expect(await slugsFor("prehabilitation")).toEqual([]);
  });

  it("refuses a synonym that would make a judged query worse, naming it", async () => {
    const refused = await teachSynonym(
      { word: "maternity", means: "neurology", note: "A mistake" },
      moderator.id,
    );
    expect(refused).toEqual({
      ok: false,
      problem: "makes-worse",
      queries: ["maternity"],
    });
    expect(await listSynonyms()).toEqual([]);
  });

  it("refuses what the search already knows", async () => {
    expect(
      await teachSynonym(
        { word: "Pre-op", means: "preoperative", note: "Already an NHS term" },
        moderator.id,
      ),
    ).toEqual({ ok: false, problem: "already-same" });
  });
});
