import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { seedExamples } from "@/seed/catalogue";
import { db, transaction } from "@/db/core/client";
import { listPublishedExamples } from "./examples";
import {
  examples,
  exampleThemes,
  statementThemes,
  surveyStatements,
  themes,
} from "@/db/core/schema";
import { seedCatalogue, seedIfEmpty } from "./seed";
import { listSurveyStatements } from "./survey";

async function snapshot() {
  return {
    examples: await db().select().from(examples).orderBy(examples.id),
    themes: await db().select().from(themes).orderBy(themes.id),
    exampleThemes: await db().select().from(exampleThemes),
    statements: await db()
      .select()
      .from(surveyStatements)
      .orderBy(surveyStatements.id),
    statementThemes: await db().select().from(statementThemes),
  };
}

describe("seeding the catalogue", () => {
  beforeAll(async () => {
    expect(await seedIfEmpty()).not.toBeNull();
  });

  it("gives the same rows when run again", async () => {
    const before = await snapshot();
    expect(await seedCatalogue()).toEqual({
      examples: 0,
      themes: 0,
      statements: 0,
    });
    expect(await seedIfEmpty()).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it("leaves a person's submission and a moderator's edit untouched", async () => {
    const now = new Date();
    const [submission] = await transaction((tx) =>
      tx
        .insert(examples)
        .values({
          slug: "ward-huddles",
          reference: "IX-0100",
          title: "Ward huddles",
          summary: "Short daily huddles.",
          problem: "Missed handovers.",
          approach: "A daily huddle.",
          impact: "Fewer missed handovers.",
          status: "pending",
          createdAt: now,
          updatedAt: now,
        })
        .returning(),
    );
    await transaction((tx) =>
      tx
        .update(examples)
        .set({ title: "Home First (edited)" })
        .where(eq(examples.slug, "home-first")),
    );

    await seedCatalogue();

    const [stored] = await db()
      .select()
      .from(examples)
      .where(eq(examples.slug, "ward-huddles"));
    expect(stored).toEqual(submission);
    const [homeFirst] = await db()
      .select()
      .from(examples)
      .where(eq(examples.slug, "home-first"));
    expect(homeFirst?.title).toBe("Home First (edited)");
  });

  it("publishes every example in the source with a theme, a unique slug and the source link", async () => {
    const published = await listPublishedExamples();
    expect(published.map((example) => example.reference).sort()).toEqual(
      seedExamples.map((example) => example.reference).sort(),
    );
    expect(published).toHaveLength(11);
    expect(new Set(published.map((example) => example.slug)).size).toBe(
      published.length,
    );
    for (const example of published) {
      expect(example.status, example.slug).toBe("published");
      expect(example.themes.length, example.slug).toBeGreaterThan(0);
      expect(example.sourceUrl, example.slug).toBe(
        "https://nhsproviders.org/state-of-the-provider-sector-2023/innovation-within-trusts-and-systems",
      );
      expect(example.organisation, example.slug).toBeNull();
      expect(example.reference, example.slug).toMatch(/^IX-\d{4,}$/);
    }
  });

  it("labels each example only as far as the source supports: never a guessed stage", async () => {
    for (const example of await listPublishedExamples()) {
      // The report never says how far an example has got.
      expect(example.stage, example.slug).toBeNull();
      // It describes each in words, with no measurements, as its respondents reported them.
      expect(example.evidence, example.slug).toBe("described");
      expect(example.evidenceChecked, example.slug).toBe(false);
      // "Tried elsewhere" comes from published reports only; there are none yet.
      expect(example.publishedReportCount, example.slug).toBe(0);
      expect(
        example.oneOffCost ?? example.runningCost ?? example.staffHours,
      ).toBeNull();
    }
  });

  it("dates each example by the survey it comes from, not by the day the seed ran", async () => {
    const seededAt = new Date();
    for (const example of await listPublishedExamples()) {
      expect(example.sourcePeriod, example.slug).toBe(
        "Reported by trust leaders in autumn 2023",
      );
      // Added to the catalogue today, but confirmed only by a survey of autumn 2023.
      expect(example.publishedAt!.getUTCFullYear()).toBe(
        seededAt.getUTCFullYear(),
      );
      expect(example.confirmedAt?.toISOString(), example.slug).toBe(
        "2023-11-30T00:00:00.000Z",
      );
      expect(example.reviewDueAt?.toISOString(), example.slug).toBe(
        "2025-11-30T00:00:00.000Z",
      );
    }
  });

  it("stores the five survey statements with exactly the source's figures", async () => {
    // Transcribed from shared/source/README.md: strongly agree, agree, neither, disagree,
    // strongly disagree; null where the report gives no figure.
    const reported = [
      [
        "NHS IMPACT has been helpful in ensuring a focus on quality improvement",
        4,
        25,
        42,
        16,
        10,
      ],
      [
        "Our trust board is prioritising a focus on quality improvement and trust-wide improvement programmes",
        31,
        58,
        8,
        3,
        null,
      ],
      [
        "Our trust board is prioritising a focus on tackling health inequalities",
        12,
        58,
        23,
        6,
        null,
      ],
      [
        "Our trust board is prioritising a clear focus on promoting race equality and tackling discrimination",
        38,
        48,
        11,
        3,
        null,
      ],
      [
        "Our trust board has a strong focus on digital innovation",
        12,
        59,
        19,
        9,
        1,
      ],
    ];
    const statements = await listSurveyStatements();
    expect(
      statements.map((s) => [
        s.statement,
        s.stronglyAgree,
        s.agree,
        s.neither,
        s.disagree,
        s.stronglyDisagree,
      ]),
    ).toEqual(reported);
    for (const statement of statements) {
      expect(statement.surveyYear).toBe(2023);
      expect(statement.themes.length, statement.slug).toBeGreaterThan(0);
      expect(statement.sourceUrl).toContain("nhsproviders.org");
    }
  });
});
