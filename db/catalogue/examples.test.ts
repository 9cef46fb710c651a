import { describe, expect, it } from "vitest";
import {
  findExampleRoute,
  findSlugByReference,
  getShortlist,
  listRelatedExamples,
  renameExample,
  slugify,
} from "./examples";
import { seedCatalogue } from "./seed";
import { withdrawExample } from "@/db/moderation/examples";
import { insertTestExample, insertTestModerator } from "@/db/testing";

await seedCatalogue();

const add = (title: string, status: "pending" | "published" = "published") =>
  insertTestExample({ title, slug: slugify(title), status });

describe("example addresses", () => {
  it("makes readable slugs from titles", async () => {
    expect(slugify("Home First: a transitional discharge model")).toBe(
      "home-first-a-transitional-discharge-model",
    );
    expect(slugify("  A&E   réferrals — pre-op  ")).toBe(
      "a-and-e-referrals-pre-op",
    );
    expect(slugify("!!!")).toBe("example");
  });

  it("keeps an old slug working after a title change, for good", async () => {
    const example = await add("Ward huddles");
    const { slug } = await renameExample(
      example.id,
      "Daily ward safety huddles",
    );
    expect(slug).toBe("daily-ward-safety-huddles");
    expect(await findExampleRoute("ward-huddles")).toEqual({
      kind: "moved",
      slug,
    });
    await renameExample(example.id, "Ward safety huddles every morning");
    expect(await findExampleRoute("ward-huddles")).toEqual({
      kind: "moved",
      slug: "ward-safety-huddles-every-morning",
    });
    expect(await findExampleRoute("daily-ward-safety-huddles")).toMatchObject({
      kind: "moved",
    });
    const current = await findExampleRoute("ward-safety-huddles-every-morning");
    expect(current.kind).toBe("published");
  });

  it("gives a new title a slug of its own when another example already has it", async () => {
    await add("Stroke pathway");
    const other = await add("Stroke pathway review");
    expect((await renameExample(other.id, "Stroke pathway")).slug).toBe(
      "stroke-pathway-2",
    );
  });

  it("does not move a pending example's slug, and does not show it", async () => {
    const pending = await add("Pending pilot", "pending");
    expect(
      (await renameExample(pending.id, "Pending pilot renamed")).slug,
    ).toBe("pending-pilot");
    expect(await findExampleRoute("pending-pilot")).toEqual({
      kind: "missing",
    });
    expect(await findSlugByReference(pending.reference)).toBeNull();
  });

  it("says a withdrawn example was withdrawn, at its old slugs too", async () => {
    const example = await add("Falls clinic");
    await renameExample(example.id, "Falls prevention clinic");
    await withdrawExample({
      id: example.id,
      moderatorId: (await insertTestModerator()).id,
      reason: "Test",
    });
    expect(await findExampleRoute("falls-prevention-clinic")).toMatchObject({
      kind: "withdrawn",
    });
    expect(await findExampleRoute("falls-clinic")).toMatchObject({
      kind: "withdrawn",
    });
    expect(await findSlugByReference(example.reference)).toBeNull();
  });

  it("finds a published example by its reference, in any case", async () => {
    expect(await findSlugByReference("ix-0005")).toBe("home-first");
  });
});

describe("related examples", () => {
  it("puts examples sharing the most themes first and never the example itself", async () => {
    const homeFirst = await findExampleRoute("home-first");
    if (homeFirst.kind !== "published")
      throw new Error("home-first should be published");
    const related = await listRelatedExamples(homeFirst.example);
    expect(related).toHaveLength(4);
    expect(related.map((example) => example.slug)).not.toContain("home-first");
    // Home First is in Patient flow and Mental health and learning disabilities.
    const sharesATheme = (slug: string) =>
      related.find((example) => example.slug === slug)?.themes.length ?? 0;
    expect(
      sharesATheme("rapid-access-to-neurology-assessment"),
    ).toBeGreaterThan(0);
    expect(
      sharesATheme("lead-provider-model-mental-health-learning-disabilities"),
    ).toBeGreaterThan(0);
  });
});

describe("shortlists", () => {
  it("returns a shortlist's examples in its own order, and says which references are gone", async () => {
    const kept = await add("Shortlisted discharge lounge");
    const gone = await add("Shortlisted ward that closed");
    const waiting = await add("Shortlisted idea still in review", "pending");
    await withdrawExample({
      id: gone.id,
      moderatorId: (await insertTestModerator()).id,
      reason: "Out of date",
    });
    const shortlist = await getShortlist([
      "IX-0006",
      gone.reference,
      kept.reference,
      waiting.reference,
      "IX-9999",
      "IX-0005",
    ]);
    expect(shortlist.examples.map((example) => example.reference)).toEqual([
      "IX-0006",
      kept.reference,
      "IX-0005",
    ]);
    expect(shortlist.withdrawn).toEqual([gone.reference]);
    // A pending example is as unknown as one that never existed.
    expect(shortlist.notFound).toEqual([waiting.reference, "IX-9999"]);
  });
});
