import "server-only";
import { count, inArray } from "drizzle-orm";
import {
  seedExamples,
  seedStatements,
  seedThemes,
  source,
  survey,
} from "@/seed/catalogue";
import { db, prepareDatabase, transaction } from "@/db/core/client";
import { reviewDueFrom } from "./examples";
import {
  examples,
  exampleThemes,
  statementThemes,
  surveyStatements,
  themes,
} from "@/db/core/schema";

export type SeedReport = {
  examples: number;
  themes: number;
  statements: number;
};

/**
 * Adds the source report's themes, examples and survey statements that are missing, in one
 * transaction. It never overwrites: rows already there (a moderator's edit, a submission) stay
 * as they are, so running it twice gives the same rows.
 */
export function seedCatalogue(): Promise<SeedReport> {
  const now = new Date();
  return transaction(async (tx) => {
    const insertedThemes = await tx
      .insert(themes)
      .values(seedThemes)
      .onConflictDoNothing()
      .returning({ id: themes.id });
    const themeRows = await tx
      .select({ id: themes.id, slug: themes.slug })
      .from(themes)
      .where(
        inArray(
          themes.slug,
          seedThemes.map((theme) => theme.slug),
        ),
      );
    const themeIds = new Map(themeRows.map((theme) => [theme.slug, theme.id]));
    const themeIdOf = (slug: string) => {
      const id = themeIds.get(slug);
      if (id === undefined)
        throw new Error(`Seed refers to unknown theme "${slug}"`);
      return id;
    };

    let insertedExamples = 0;
    for (const { themes: exampleThemeSlugs, ...example } of seedExamples) {
      const [inserted] = await tx
        .insert(examples)
        .values({
          ...example,
          sourceTitle: source.title,
          sourceChapter: source.chapter,
          sourceUrl: source.url,
          sourcePeriod: source.period,
          status: "published",
          createdAt: now,
          updatedAt: now,
          publishedAt: now,
          confirmedAt: source.confirmedAt,
          reviewDueAt: reviewDueFrom(source.confirmedAt),
        })
        .onConflictDoNothing()
        .returning({ id: examples.id });
      if (!inserted) continue;
      insertedExamples += 1;
      await tx.insert(exampleThemes).values(
        exampleThemeSlugs.map((slug) => ({
          exampleId: inserted.id,
          themeId: themeIdOf(slug),
        })),
      );
    }

    let insertedStatements = 0;
    for (const [
      position,
      { themes: statementThemeSlugs, ...statement },
    ] of seedStatements.entries()) {
      const [inserted] = await tx
        .insert(surveyStatements)
        .values({
          ...statement,
          surveyName: survey.name,
          surveyYear: survey.year,
          sourceTitle: source.title,
          sourceChapter: source.chapter,
          sourceUrl: source.url,
          position,
        })
        .onConflictDoNothing()
        .returning({ id: surveyStatements.id });
      if (!inserted) continue;
      insertedStatements += 1;
      await tx.insert(statementThemes).values(
        statementThemeSlugs.map((slug) => ({
          statementId: inserted.id,
          themeId: themeIdOf(slug),
        })),
      );
    }

    return {
      themes: insertedThemes.length,
      examples: insertedExamples,
      statements: insertedStatements,
    };
  });
}

/** True when the database holds no examples and no survey statements at all. */
export async function isCatalogueEmpty(): Promise<boolean> {
  const [exampleRows] = await db().select({ n: count() }).from(examples);
  const [statementRows] = await db()
    .select({ n: count() })
    .from(surveyStatements);
  return (exampleRows?.n ?? 0) === 0 && (statementRows?.n ?? 0) === 0;
}

/** Seeds a brand-new catalogue; used when the app starts. */
export async function seedIfEmpty(): Promise<SeedReport | null> {
  if (!(await isCatalogueEmpty())) return null;
  return await seedCatalogue();
}

/**
 * Brings the database up to date and seeds an empty catalogue from the source report, once
 * however many instances start together. Says whether it seeded.
 */
export async function prepareCatalogue(): Promise<{ seeded: boolean }> {
  let seeded = false;
  await prepareDatabase(async () => {
    seeded = (await seedIfEmpty()) !== null;
  });
  return { seeded };
}
