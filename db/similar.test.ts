import { beforeAll, describe, expect, it } from "vitest";
import { findSimilarExamples } from "./search";
import { whenSearchIndexFresh } from "./search-index";
import { seedCatalogue } from "./seed";
import { insertTestExample } from "./testing";

beforeAll(async () => {
  await seedCatalogue();
  await whenSearchIndexFresh();
});

const similarSlugs = (title: string, summary?: string) =>
  findSimilarExamples({ title, summary }).map((example) => example.slug);

describe("findSimilarExamples", () => {
  it("offers the seeded example a new title is close to, first", async () => {
    expect(similarSlugs("Rapid access neurology assessment clinic")[0]).toBe(
      "rapid-access-to-neurology-assessment",
    );
    expect(
      similarSlugs(
        "Home First discharge model",
        "Occupational therapy after discharge from a mental health ward",
      )[0],
    ).toBe("home-first");
    // A misspelt title still finds it.
    expect(similarSlugs("Digital preoperativ assesment")[0]).toBe(
      "digital-preoperative-assessment",
    );
  });

  it("offers at most three, and nothing for a title that shares a single common word", async () => {
    expect(
      similarSlugs(
        "Patient flow discharge mental health quality improvement digital",
      ).length,
    ).toBeLessThanOrEqual(3);
    expect(similarSlugs("Beekeeping for patients")).toEqual([]);
    expect(similarSlugs("   ")).toEqual([]);
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
    expect(similarSlugs("Osprey wellbeing rota")).toEqual([own.slug]);
    expect(
      findSimilarExamples(
        { title: "Osprey wellbeing garden rota" },
        { excludeId: own.id },
      ),
    ).toEqual([]);
  });
});
