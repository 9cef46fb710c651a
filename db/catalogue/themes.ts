import "server-only";
import { and, asc, count, eq, max } from "drizzle-orm";
import { cacheUntilDataChanges, db } from "@/db/core/client";
import { isPublished } from "./examples";
import { examples, exampleThemes, themes, type Theme } from "@/db/core/schema";

export type ThemeWithCount = Theme & {
  exampleCount: number;
  /** When any of its published examples last changed, for the sitemap. */
  lastChange: Date | null;
};

/** Every theme with how many published examples it holds, A to Z. */
export async function listThemesWithCounts(): Promise<ThemeWithCount[]> {
  return themesWithCounts("all", readThemesWithCounts);
}

// Counting every published example's themes takes about 10 ms at 10,000 examples, and the home
// and themes pages read it on every visit.
const themesWithCounts = cacheUntilDataChanges<ThemeWithCount[]>(1);

function readThemesWithCounts(): Promise<ThemeWithCount[]> {
  return db()
    .select({
      id: themes.id,
      slug: themes.slug,
      name: themes.name,
      description: themes.description,
      exampleCount: count(examples.id),
      lastChange: max(examples.updatedAt),
    })
    .from(themes)
    .leftJoin(exampleThemes, eq(exampleThemes.themeId, themes.id))
    .leftJoin(
      examples,
      and(eq(examples.id, exampleThemes.exampleId), isPublished),
    )
    .groupBy(themes.id)
    .orderBy(asc(themes.name));
}

/** A theme by its slug, or null so the page can answer 404. */
export async function getThemeBySlug(slug: string): Promise<Theme | null> {
  const theme = await db().query.themes.findFirst({
    where: eq(themes.slug, slug),
  });
  return theme ?? null;
}

// Read on every search request to check its theme parameters, and themes seldom change.
const themeSlugs = cacheUntilDataChanges<string[]>(1);

/** Every theme's slug, for checking what a URL asks for. */
export async function listThemeSlugs(): Promise<string[]> {
  return themeSlugs("slugs", async () => {
    const rows = await db().select({ slug: themes.slug }).from(themes);
    return rows.map(({ slug }) => slug);
  });
}
