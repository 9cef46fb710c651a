import { beforeAll, describe, expect, it } from "vitest";
import { findSimilarExamples } from "./search";
import { whenSearchIndexFresh } from "./memory-index";
import { seedCatalogue } from "@/db/catalogue/seed";
import { insertTestExample } from "@/db/testing";

beforeAll(async () => {
  await seedCatalogue();
  await whenSearchIndexFresh();
});

const similarSlugs = async (title: string, summary?: string) =>
  (await findSimilarExamples({ title, summary })).map(
    (example) => example.slug,
  );

describe("findSimilarExamples", () => {
  it("offers the seeded example a new title is close to, first", async () => {
    expect(
      (await similarSlugs("Rapid access neurology assessment clinic"))[0],
    ).toBe("rapid-access-to-neurology-assessment");
    expect(
      (
        await similarSlugs(
          "Home First discharge model",
          "Occupational therapy after discharge from a mental health ward",
        )
      )[0],
    ).toBe("home-first");
    // A misspelt title still finds it.
    expect((await similarSlugs("Digital preoperativ assesment"))[0]).toBe(
      "digital-preoperative-assessment",
    );
  });

  it("offers at most three, and nothing for a title that shares a single common word", async () => {
    expect(
      (
        await similarSlugs(
          "Patient flow discharge mental health quality improvement digital",
        )
      ).length,
    ).toBeLessThanOrEqual(3);
    expect(await similarSlugs("Beekeeping for patients")).toEqual([]);
    expect(await similarSlugs("   ")).toEqual([]);
  });

  it("never offers an unpublished example, nor the example itself", async () => {
    await insertTestExample({
      title: "Osprey wellbeing rota",
      status: "pending",
    });
    const own = await insertTestExample({
      title: "Osprey wellbeing garden rota",
    });
    await whenSearchIndexFresh();
    expect(await similarSlugs("Osprey wellbeing rota")).toEqual([own.slug]);
    expect(
      await findSimilarExamples(
        { title: "Osprey wellbeing garden rota" },
        { excludeId: own.id },
      ),
    ).toEqual([]);
  });
});
