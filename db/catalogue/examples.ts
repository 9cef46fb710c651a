import "server-only";
import { cache } from "react";
import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import {
  cacheUntilDataChanges,
  db,
  engine,
  transaction,
  type Transaction,
} from "@/db/core/client";
import { now } from "@/db/core/clock";
import {
  examples,
  exampleThemes,
  slugRedirects,
  type Example,
  type Theme,
} from "@/db/core/schema";

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
  return newestPublished(String(limit), async () => {
    const rows = await db().query.examples.findMany({
      where: isPublished,
      with: withThemes,
      orderBy: [desc(examples.publishedAt), desc(examples.id)],
      limit,
    });
    return rows.map(flattenThemes);
  });
}

// The home page's newest examples, read by every visit to it.
const newestPublished = cacheUntilDataChanges<ExampleWithThemes[]>(4);

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

/** The date an example is due for review: two years after its content was last confirmed. */
export function reviewDueFrom(confirmedAt: Date): Date {
  const due = new Date(confirmedAt);
  due.setUTCFullYear(due.getUTCFullYear() + 2);
  return due;
}

/** Whether an example's review date has passed, by the app's clock. */
export function isReviewOverdue(reviewDueAt: Date): boolean {
  return reviewDueAt < now();
}

/** Whether an example has a team the catalogue may ask whether it still runs. */
export function hasTeamToAsk(example: {
  contactEmail: string | null;
  contactForwarding: boolean | null;
  contactConsent: boolean | null;
  emailUpdates: boolean | null;
}): boolean {
  return Boolean(
    example.contactEmail &&
    (example.contactForwarding ||
      example.contactConsent ||
      example.emailUpdates),
  );
}

/**
 * Since when a published example has waited for a moderator's review, or null: the team said it
 * stopped or did not answer, or its review date passed with no team to ask (listDueForReview's
 * rule, for one example).
 */
export function dueForModeratorSince(example: {
  status: string;
  dueForReviewAt: Date | null;
  reviewDueAt: Date | null;
  reviewAskedAt: Date | null;
  contactEmail: string | null;
  contactForwarding: boolean | null;
  contactConsent: boolean | null;
  emailUpdates: boolean | null;
}): Date | null {
  if (example.status !== "published") return null;
  if (example.dueForReviewAt) return example.dueForReviewAt;
  return example.reviewDueAt &&
    isReviewOverdue(example.reviewDueAt) &&
    !example.reviewAskedAt &&
    !hasTeamToAsk(example)
    ? example.reviewDueAt
    : null;
}

/** Formats a reference number as shown to people, for example 7 → IX-0007. */
export function formatReference(n: number): string {
  return `IX-${String(n).padStart(4, "0")}`;
}

/** A URL slug from a title: lower case, accents dropped, words joined by hyphens. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || "example";
}

export type ExampleRoute =
  | { kind: "published"; example: ExampleWithThemes }
  | { kind: "moved"; slug: string }
  | { kind: "withdrawn"; title: string; reference: string }
  | { kind: "missing" };

/**
 * What the public should get at /examples/[slug]: the example, a permanent redirect from an old
 * slug, a "withdrawn" page, or nothing (also for pending and rejected examples).
 */
// Read by proxy.ts (for the status), the page and its metadata for each request, and again by
// every request for the same example: kept for the request, and until anything changes.
const recentRoutes = cacheUntilDataChanges<ExampleRoute>(1000);

export const findExampleRoute = cache((slug: string): Promise<ExampleRoute> =>
  recentRoutes(slug, () => readExampleRoute(slug)),
);

async function readExampleRoute(slug: string): Promise<ExampleRoute> {
  const direct = await db().query.examples.findFirst({
    where: eq(examples.slug, slug),
    columns: { id: true },
  });
  const redirect = direct
    ? undefined
    : await db().query.slugRedirects.findFirst({
        where: eq(slugRedirects.oldSlug, slug),
      });
  const id = direct?.id ?? redirect?.exampleId;
  if (id === undefined) return { kind: "missing" };
  const example = await db().query.examples.findFirst({
    where: eq(examples.id, id),
    with: withThemes,
  });
  if (!example) return { kind: "missing" };
  if (example.status === "withdrawn") {
    return {
      kind: "withdrawn",
      title: example.title,
      reference: example.reference,
    };
  }
  if (example.status !== "published") return { kind: "missing" };
  if (example.slug !== slug) return { kind: "moved", slug: example.slug };
  return { kind: "published", example: flattenThemes(example) };
}

/** The current slug of a published example by its reference (IX-0007), or null. */
export async function findSlugByReference(
  reference: string,
): Promise<string | null> {
  const example = await db().query.examples.findFirst({
    where: and(isPublished, eq(examples.reference, reference.toUpperCase())),
    columns: { slug: true },
  });
  return example?.slug ?? null;
}

/** A slug for `title` that no other example uses now or has used before. */
export async function uniqueSlug(
  tx: Transaction,
  title: string,
  id: number,
): Promise<string> {
  const base = slugify(title);
  const taken = async (candidate: string) => {
    const inUse = await tx
      .select({ id: examples.id })
      .from(examples)
      .where(and(eq(examples.slug, candidate), ne(examples.id, id)));
    if (inUse.length > 0) return true;
    const usedBefore = await tx
      .select({ id: slugRedirects.exampleId })
      .from(slugRedirects)
      .where(
        and(
          eq(slugRedirects.oldSlug, candidate),
          ne(slugRedirects.exampleId, id),
        ),
      );
    return usedBefore.length > 0;
  };
  let slug = base;
  for (let n = 2; await taken(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/**
 * Gives a published example the slug for its new title. Once published, a slug keeps its meaning:
 * the old one redirects to the new one for good. Call inside the transaction that changes the title.
 */
export async function moveSlugForTitle(
  tx: Transaction,
  example: Pick<Example, "id" | "slug" | "status">,
  title: string,
): Promise<string> {
  if (example.status !== "published" || slugify(title) === example.slug)
    return example.slug;
  const slug = await uniqueSlug(tx, title, example.id);
  if (slug === example.slug) return slug;
  await tx.delete(slugRedirects).where(eq(slugRedirects.oldSlug, slug));
  await tx
    .insert(slugRedirects)
    .values({
      oldSlug: example.slug,
      exampleId: example.id,
      createdAt: new Date(),
    })
    .onConflictDoNothing();
  return slug;
}

/** Changes an example's title, moving a published example's slug with a redirect from the old one. */
export function renameExample(
  id: number,
  title: string,
): Promise<{ slug: string }> {
  return transaction(async (tx) => {
    const [example] = await tx
      .select()
      .from(examples)
      .where(eq(examples.id, id));
    if (!example) throw new Error(`No example ${id}`);
    const slug = await moveSlugForTitle(tx, example, title);
    await tx
      .update(examples)
      .set({
        title,
        slug,
        updatedAt: new Date(),
        version: sql`${examples.version} + 1`,
      })
      .where(eq(examples.id, id));
    return { slug };
  });
}

/**
 * Up to `limit` published examples to suggest beside one: those sharing the most themes first,
 * then those whose text is most alike (full-text match on the example's title and keywords).
 */
export async function listRelatedExamples(
  example: Pick<Example, "id" | "title" | "keywords">,
  limit = 4,
): Promise<ExampleWithThemes[]> {
  // Counting shared themes across the catalogue is the slowest read on an example page.
  return recentlyRelated(`${example.id}:${limit}`, () =>
    findRelatedExamples(example, limit),
  );
}

const recentlyRelated = cacheUntilDataChanges<ExampleWithThemes[]>(1000);

async function findRelatedExamples(
  example: Pick<Example, "id" | "title" | "keywords">,
  limit: number,
): Promise<ExampleWithThemes[]> {
  const ownThemes = db()
    .select({ id: exampleThemes.themeId })
    .from(exampleThemes)
    .where(eq(exampleThemes.exampleId, example.id));
  const sharing = await db()
    .select({ id: examples.id, shared: sql<number>`count(*)` })
    .from(exampleThemes)
    .innerJoin(examples, eq(examples.id, exampleThemes.exampleId))
    .where(
      and(
        isPublished,
        ne(examples.id, example.id),
        inArray(exampleThemes.themeId, ownThemes),
      ),
    )
    // By the example's own id, so that PostgreSQL may order by its other columns too.
    .groupBy(examples.id)
    .orderBy(desc(sql`count(*)`), desc(examples.publishedAt), desc(examples.id))
    .limit(limit);
  const ids = sharing.map(({ id }) => id);
  if (ids.length < limit) {
    const words = [
      ...new Set(
        `${example.title} ${example.keywords.join(" ")}`
          .normalize("NFKD")
          .replace(/\p{M}/gu, "")
          .toLowerCase()
          .match(/[\p{L}\p{N}]{4,}/gu) ?? [],
      ),
    ].slice(0, 12);
    if (words.length > 0) {
      const alike = await engine().fullText.rank(
        { any: words.map((word) => ({ phrase: [word], prefix: false })) },
        "anywhere",
        null,
        limit + ids.length + 1,
      );
      for (const id of alike) {
        if (ids.length >= limit) break;
        if (id !== example.id && !ids.includes(id)) ids.push(id);
      }
    }
  }
  return publishedInOrder("id", ids);
}

/** Published examples by slug, in the order given, for the open data API and CSV. */
export async function getPublishedExamplesBySlugs(
  slugs: string[],
): Promise<ExampleWithThemes[]> {
  return publishedInOrder("slug", slugs);
}

export type Shortlist = {
  /** The published examples, in the order given. */
  examples: ExampleWithThemes[];
  /** References of examples that were published and have since been withdrawn. */
  withdrawn: string[];
  /** References that are not (or not yet) public: never said apart, so nothing unpublished leaks. */
  notFound: string[];
};

/** The examples a shortlist link names, and which of its references are gone. */
export async function getShortlist(references: string[]): Promise<Shortlist> {
  const found = await publishedInOrder("reference", references);
  const published = new Set(found.map((example) => example.reference));
  const missing = references.filter((ref) => !published.has(ref));
  const withdrawn = new Set(
    missing.length === 0
      ? []
      : (
          await db()
            .select({ reference: examples.reference })
            .from(examples)
            .where(
              and(
                eq(examples.status, "withdrawn"),
                inArray(examples.reference, missing),
              ),
            )
        ).map((row) => row.reference),
  );
  return {
    examples: found,
    withdrawn: missing.filter((ref) => withdrawn.has(ref)),
    notFound: missing.filter((ref) => !withdrawn.has(ref)),
  };
}

/** The published examples among `keys` (ids, slugs or references), with their themes, in the order given. */
async function publishedInOrder(
  key: "id" | "slug" | "reference",
  keys: (number | string)[],
): Promise<ExampleWithThemes[]> {
  if (keys.length === 0) return [];
  const rows = await db().query.examples.findMany({
    where: and(isPublished, inArray(examples[key], keys)),
    with: withThemes,
  });
  const byKey = new Map<number | string, ExampleWithThemes>(
    rows.map((row) => [row[key], flattenThemes(row)]),
  );
  return keys.flatMap((k) => byKey.get(k) ?? []);
}

/** Slug and last change of every published example, for the sitemap. */
export async function listPublishedExampleDates(): Promise<
  { slug: string; updatedAt: Date }[]
> {
  return db()
    .select({ slug: examples.slug, updatedAt: examples.updatedAt })
    .from(examples)
    .where(isPublished)
    .orderBy(desc(examples.publishedAt));
}
