import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, transaction } from "@/db/core/client";
import { examples } from "@/db/core/schema";
import { searchExamples } from "./search";
import { whenSearchIndexFresh } from "./memory-index";
import { seedCatalogue } from "@/db/catalogue/seed";
import { insertTestExample } from "@/db/testing";

const slugsFor = async (q: string) =>
  (await searchExamples({ q })).results.map((hit) => hit.slug);

type Change = [id: number, status: "published" | "withdrawn"];

/**
 * Changes statuses in one transaction, so that the index can only start to rebuild once all of
 * them are committed, however long the round trips take on a busy machine.
 */
const setStatus = (...changes: Change[]) =>
  transaction(async (tx) => {
    for (const [id, status] of changes)
      await tx
        .update(examples)
        .set({ status, publishedAt: new Date() })
        .where(eq(examples.id, id));
  });

const publishedCount = async () =>
  (
    await db()
      .select({ id: examples.id })
      .from(examples)
      .where(eq(examples.status, "published"))
  ).length;

beforeAll(async () => {
  await seedCatalogue();
  await whenSearchIndexFresh();
});

describe("the first search after a change", () => {
  it("is answered at once from the previous index, never showing an unpublished or withdrawn example, and the fresh index follows", async () => {
    const soonWithdrawn = await insertTestExample({
      slug: "wombat-care-withdrawn",
      title: "Wombatcare clinic, soon withdrawn",
    });
    const soonPublished = await insertTestExample({
      slug: "wombat-care-published",
      title: "Wombatcare clinic with numbatfeeding",
      status: "pending",
    });
    await insertTestExample({
      slug: "wombat-care-pending",
      title: "Wombatcare clinic still waiting",
      status: "pending",
    });
    await whenSearchIndexFresh();
    expect(await slugsFor("wombatcare")).toEqual(["wombat-care-withdrawn"]);

    await setStatus(
      [soonPublished.id, "published"],
      [soonWithdrawn.id, "withdrawn"],
    );

    // The previous vocabulary answers: it has never seen "numbatfeeding", so the misspelling is
    // left as typed. That shows these searches ran before the rebuild finished.
    const misspelt = await searchExamples({ q: "numbatfeding" });
    expect(misspelt.correctedQuery).toBeNull();
    // Results come from the full-text index, which the database keeps in step itself.
    expect(await slugsFor("wombatcare")).toEqual(["wombat-care-published"]);

    await whenSearchIndexFresh();
    const afterRebuild = await searchExamples({ q: "numbatfeding" });
    expect(afterRebuild.correctedQuery).toBe("numbatfeeding");
    expect(afterRebuild.results.map((hit) => hit.slug)).toEqual([
      "wombat-care-published",
    ]);
    // And the counts are exact again, from a fresh answer rather than one remembered while stale.
    expect((await searchExamples({})).total).toBe(await publishedCount());
  });

  it("counts a newly published example while the index is rebuilt", async () => {
    await whenSearchIndexFresh();
    const before = (await searchExamples({})).total;
    const added = await insertTestExample({
      title: "Quollcount example",
      status: "pending",
    });
    await whenSearchIndexFresh();
    await setStatus([added.id, "published"]);
    const during = await searchExamples({ q: "quollcount" });
    expect(during.results.map((hit) => hit.title)).toEqual([
      "Quollcount example",
    ]);
    expect(during.total).toBe(1);
    await whenSearchIndexFresh();
    expect((await searchExamples({})).total).toBe(before + 1);
  });
});
