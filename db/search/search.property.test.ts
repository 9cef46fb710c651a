import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parseSearchQuery } from "@/app/examples/search-params";
import { hostileString } from "@/e2e/hostile-strings";
import { db } from "@/db/core/client";
import { examples } from "@/db/core/schema";
import { searchExamples } from "./search";
import { seedCatalogue } from "@/db/catalogue/seed";
import { insertTestExample } from "@/db/testing";
import { listThemeSlugs } from "@/db/catalogue/themes";

let hidden: Set<string>;

beforeAll(async () => {
  await seedCatalogue();
  // Not published, so no query may ever find them, however odd.
  for (const status of ["pending", "rejected", "withdrawn"] as const)
    await insertTestExample({ title: `<script> OR * NEAR ${status}`, status });
  hidden = new Set(
    (
      await db()
        .select({ slug: examples.slug, status: examples.status })
        .from(examples)
    )
      .filter((row) => row.status !== "published")
      .map((row) => row.slug),
  );
});

// About a second on an idle machine; the timeout allows for a busy one.
describe("the search engine against hostile input", () => {
  it(
    "never throws and never returns an unpublished example",
    { timeout: 60_000 },
    async () => {
      const themeSlugs = await listThemeSlugs();
      await fc.assert(
        fc.asyncProperty(
          hostileString(250),
          fc.array(
            fc.oneof(fc.constantFrom(...themeSlugs), hostileString(20)),
            {
              maxLength: 3,
            },
          ),
          fc.oneof(
            fc.constantFrom("1", "2", "0", "-1", "9999999999999"),
            hostileString(20),
          ),
          async (q, themes, page) => {
            const parsed = parseSearchQuery(
              new URLSearchParams([
                ["q", q],
                ["page", page],
                ...themes.map((theme) => ["theme", theme]),
              ]),
              themeSlugs,
            );
            if (!parsed.ok) {
              expect(parsed.message).not.toBe("");
              return;
            }
            const found = await searchExamples(parsed.params);
            for (const hit of found.results)
              expect(hidden.has(hit.slug)).toBe(false);
          },
        ),
        { numRuns: 1000 },
      );
    },
  );
});
