import { afterEach, describe, expect, it, vi } from "vitest";
import { transaction } from "@/db/core/client";
import {
  exampleAppearances,
  exampleContacts,
  exampleViews,
  searchOpens,
} from "@/db/core/schema";
import { seedCatalogue } from "@/db/catalogue";
import { insertTestExample, insertTestReport } from "@/db/testing";
import {
  countAppearances,
  monthOf,
  noReach,
  readReach,
  writeInsights,
} from "./index";

await seedCatalogue();

afterEach(() => {
  vi.useRealTimers();
});

describe("an example's reach", () => {
  it("adds up a month's counts of each kind, and nothing from the months around it", async () => {
    const example = await insertTestExample({ title: "Numbat ward round" });
    const quiet = await insertTestExample({ title: "Numbat night round" });
    const id = example.id;
    await transaction(async (tx) => {
      await tx.insert(exampleViews).values([
        { day: "2026-10-31", exampleId: id, views: 100 },
        { day: "2026-11-01", exampleId: id, views: 7 },
        { day: "2026-11-30", exampleId: id, views: 5 },
        { day: "2026-12-01", exampleId: id, views: 100 },
      ]);
      await tx.insert(exampleAppearances).values([
        { day: "2026-11-02", exampleId: id, appearances: 40 },
        { day: "2026-11-03", exampleId: id, appearances: 2 },
      ]);
      await tx.insert(searchOpens).values([
        {
          day: "2026-11-02",
          query: "ward",
          exampleId: id,
          position: 1,
          opens: 3,
        },
        {
          day: "2026-11-02",
          query: "round",
          exampleId: id,
          position: 4,
          opens: 1,
        },
      ]);
      await tx
        .insert(exampleContacts)
        .values([{ day: "2026-11-20", exampleId: id, contacts: 2 }]);
    });
    await insertTestReport(id, "published", {
      publishedAt: new Date("2026-11-10T09:00:00Z"),
    });
    await insertTestReport(id, "published", {
      publishedAt: new Date("2026-10-10T09:00:00Z"),
    });
    await insertTestReport(id, "pending");

    const november = monthOf("2026-11-15");
    expect(november).toEqual({ from: "2026-11-01", until: "2026-12-01" });
    const reach = await readReach([id, quiet.id], november);
    expect(reach.get(id)).toEqual({
      views: 12,
      appearances: 42,
      openings: 4,
      contacts: 2,
      reports: 1,
    });
    expect(reach.get(quiet.id) ?? noReach).toEqual(noReach);
    const everyone = await readReach("all", november);
    expect(everyone.get(id)?.views).toBe(12);
    expect(everyone.has(quiet.id)).toBe(false);
  });

  it("counts each example a list of results showed, once a list", async () => {
    const example = await insertTestExample({ title: "Numbat day round" });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-09-14T12:00:00Z"));
    countAppearances([example.reference, example.reference.toLowerCase()]);
    countAppearances([example.reference, "IX-99999"]);
    await writeInsights();
    const reach = await readReach([example.id], monthOf("2026-09-14"));
    expect(reach.get(example.id)?.appearances).toBe(2);
  });
});
