import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "./client";
import { examples, type Example, type Theme } from "./schema";

/** The one condition every public read goes through, so nothing unpublished can leak. */
export const isPublished = eq(examples.status, "published");

export type ExampleWithThemes = Example & {
  themes: Pick<Theme, "slug" | "name">[];
};

const withThemes = {
  exampleThemes: {
    with: { theme: { columns: { slug: true, name: true } } },
  },
} as const;

function flattenThemes<
  T extends { exampleThemes: { theme: Pick<Theme, "slug" | "name"> }[] },
>({ exampleThemes, ...example }: T) {
  return {
    ...example,
    themes: exampleThemes
      .map(({ theme }) => theme)
      .sort((a, b) => a.name.localeCompare(b.name, "en-GB")),
  };
}

/** Published examples, newest first, each with its themes. */
export async function listPublishedExamples({
  limit,
}: { limit?: number } = {}): Promise<ExampleWithThemes[]> {
  const rows = await db().query.examples.findMany({
    where: isPublished,
    with: withThemes,
    orderBy: [desc(examples.publishedAt), desc(examples.id)],
    limit,
  });
  return rows.map(flattenThemes);
}

/** A published example by its slug, or null so the page can answer 404. */
export async function getPublishedExampleBySlug(
  slug: string,
): Promise<ExampleWithThemes | null> {
  const row = await db().query.examples.findFirst({
    where: and(isPublished, eq(examples.slug, slug)),
    with: withThemes,
  });
  return row ? flattenThemes(row) : null;
}

/** The date a published example is due for review: two years after publication. */
export function reviewDueFrom(publishedAt: Date): Date {
  const due = new Date(publishedAt);
  due.setUTCFullYear(due.getUTCFullYear() + 2);
  return due;
}

/** Formats a reference number as shown to people, for example 7 → IX-0007. */
export function formatReference(n: number): string {
  return `IX-${String(n).padStart(4, "0")}`;
}
