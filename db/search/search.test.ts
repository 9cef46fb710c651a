import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { transaction } from "@/db/core/client";
import { examples } from "@/db/core/schema";
import { searchExamples } from "./search";
import { seedCatalogue } from "@/db/catalogue/seed";
import { insertTestExample, publishFromElsewhere } from "@/db/testing";

const topSlugs = async (q: string, count = 3) =>
  (await searchExamples({ q })).results.slice(0, count).map((hit) => hit.slug);

const addExample = (
  slug: string,
  title: string,
  status: "pending" | "rejected" | "withdrawn" | "published",
) => insertTestExample({ slug, title, status, keywords: ["zebracrossing"] });

beforeAll(async () => {
  await seedCatalogue();
});

describe("searchExamples on the seeded catalogue", () => {
  it.each([
    ["neurolgy", "rapid-access-to-neurology-assessment"],
    ["home frist", "home-first"],
    ["pre-op assessment", "digital-preoperative-assessment"],
    ["pre operative", "digital-preoperative-assessment"],
    ["preoperative", "digital-preoperative-assessment"],
    ["racism", "together-against-racism"],
    ["racsim", "together-against-racism"],
    ["kaizen discharge", "virginia-mason-discharge-programme"],
    ["virtual reality dementia", "dementia-training-virtual-reality"],
    ["mentoring", "reciprocal-mentoring"],
    ["families", "families-matter"],
    ["FAMILIES", "families-matter"],
    ["occupational thérapy", "home-first"],
    ["neuro", "rapid-access-to-neurology-assessment"],
  ])("finds the intended example in the top 3 for %j", async (q, slug) => {
    expect(await topSlugs(q)).toContain(slug);
  });

  it("says when it corrected the spelling, and can search the words as typed", async () => {
    const corrected = await searchExamples({ q: "neurolgy" });
    expect(corrected.correctedQuery).toBe("neurology");
    const exact = await searchExamples({ q: "neurolgy", exact: true });
    expect(exact.correctedQuery).toBeNull();
    expect(exact.total).toBe(0);
    expect(
      (await searchExamples({ q: "neurology" })).correctedQuery,
    ).toBeNull();
  });

  it("lists every published example by newest or A to Z when there are no words", async () => {
    const newest = await searchExamples({});
    expect(newest.total).toBe(11);
    const byDefault = newest.results.map((hit) => hit.slug);
    expect(
      (await searchExamples({ sort: "newest" })).results.map((hit) => hit.slug),
    ).toEqual(byDefault);
    const az = await searchExamples({ sort: "title" });
    const titles = az.results.map((hit) => hit.title);
    expect(titles).toEqual(
      [...titles].sort((a, b) =>
        a.localeCompare(b, "en", { sensitivity: "base" }),
      ),
    );
    expect(az.results[0]?.url).toBe(`/examples/${az.results[0]?.slug}`);
  });

  it("filters by any of the chosen themes and counts each theme for the current words", async () => {
    const flow = await searchExamples({ themes: ["patient-flow"] });
    expect(flow.results.map((hit) => hit.slug).sort()).toEqual([
      "home-first",
      "rapid-access-to-neurology-assessment",
      "virginia-mason-discharge-programme",
    ]);
    const either = await searchExamples({
      themes: ["patient-flow", "digital"],
    });
    expect(either.total).toBe(5);
    const discharge = await searchExamples({ q: "discharge" });
    const count = (slug: string) =>
      discharge.facets.themes.find((facet) => facet.value === slug)?.count;
    expect(count("patient-flow")).toBe(2);
    expect(count("quality-improvement")).toBe(1);
    expect(count("digital")).toBe(0);
    expect(
      either.facets.themes
        .filter((facet) => facet.selected)
        .map((facet) => facet.value)
        .sort(),
    ).toEqual(["digital", "patient-flow"]);
  });

  it("filters by care setting, with counts", async () => {
    const mentalHealth = await searchExamples({ settings: ["mental-health"] });
    expect(mentalHealth.results.map((hit) => hit.slug).sort()).toEqual([
      "home-first",
      "lead-provider-model-mental-health-learning-disabilities",
    ]);
    const all = await searchExamples({});
    expect(
      all.facets.settings.find((facet) => facet.value === "group-or-system")
        ?.count,
    ).toBe(1);
    const none = await searchExamples({
      q: "neurology",
      settings: ["ambulance"],
    });
    expect(none.total).toBe(0);
    expect(none.results).toEqual([]);
  });

  it("never returns pending, rejected or withdrawn examples, nor suggests their words", async () => {
    for (const status of ["pending", "rejected", "withdrawn"] as const) {
      await addExample(
        `hidden-${status}`,
        `Zebracrossing ${status} example`,
        status,
      );
    }
    const hidden = await searchExamples({ q: "zebracrossing" });
    expect(hidden.total).toBe(0);
    expect(
      (await searchExamples({ q: "zebracrosing" })).correctedQuery,
    ).toBeNull();
    const listed = await searchExamples({ sort: "title", page: 1 });
    expect(listed.results.some((hit) => hit.slug.startsWith("hidden-"))).toBe(
      false,
    );
    expect(listed.total).toBe(11);
  });

  it("finds an example as soon as it is published and forgets it when withdrawn", async () => {
    const added = await addExample(
      "zebra-published",
      "Zebracrossing published example",
      "pending",
    );
    expect((await searchExamples({ q: "zebracrossing" })).total).toBe(0);
    await transaction((tx) =>
      tx
        .update(examples)
        .set({ status: "published", publishedAt: new Date() })
        .where(eq(examples.id, added.id)),
    );
    expect(await topSlugs("zebracrossing", 1)).toEqual(["zebra-published"]);
    await transaction((tx) =>
      tx
        .update(examples)
        .set({ status: "withdrawn" })
        .where(eq(examples.id, added.id)),
    );
    expect((await searchExamples({ q: "zebracrossing" })).total).toBe(0);
  });

  it("sees a change another process makes, though it remembers recent answers", async () => {
    const added = await addExample(
      "okapi-elsewhere",
      "Okapicrossing example",
      "pending",
    );
    expect((await searchExamples({ q: "okapicrossing" })).total).toBe(0);
    // As the seed command or a second server would: its own connection to the same database.
    await publishFromElsewhere(added.id);
    expect(await topSlugs("okapicrossing", 1)).toEqual(["okapi-elsewhere"]);
  });

  it.each([
    '"',
    "*",
    "NEAR(",
    "OR",
    "AND NOT",
    "^",
    "title:x",
    "((",
    "'; DROP TABLE examples; --",
    "-",
    "   ",
    "🙂",
  ])("does not throw on punctuation or FTS syntax: %j", async (q) => {
    const response = await searchExamples({ q });
    expect(response.total).toBeGreaterThanOrEqual(0);
  });

  it("pages results 20 at a time and keeps the page within range", async () => {
    const response = await searchExamples({ page: 9 });
    expect(response.page).toBe(1);
    expect(response.pageCount).toBe(1);
  });
});
