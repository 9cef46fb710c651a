import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, transaction } from "./client";
import { themes } from "./schema";

const theme = (slug: string) => ({
  slug,
  name: `Theme ${slug}`,
  description: "Written for a test.",
});

const stored = async (slug: string) =>
  (await db().select().from(themes).where(eq(themes.slug, slug))).length;

describe("write transactions", () => {
  it("keeps a transaction's writes from other reads until it commits", async () => {
    let seenInside = -1;
    let seenOutside = -1;
    await transaction(async (tx) => {
      await tx.insert(themes).values(theme("uncommitted-check"));
      seenInside = (
        await tx
          .select()
          .from(themes)
          .where(eq(themes.slug, "uncommitted-check"))
      ).length;
      seenOutside = await stored("uncommitted-check");
    });
    expect(seenInside).toBe(1);
    expect(seenOutside).toBe(0);
    expect(await stored("uncommitted-check")).toBe(1);
  });

  it("keeps nothing of a transaction that throws", async () => {
    await expect(
      transaction(async (tx) => {
        await tx.insert(themes).values(theme("rolled-back"));
        throw new Error("stop half-way");
      }),
    ).rejects.toThrow("stop half-way");
    expect(await stored("rolled-back")).toBe(0);
  });

  it("runs transactions started together one after another, none lost", async () => {
    const order: string[] = [];
    await Promise.all(
      ["one", "two", "three"].map((name) =>
        transaction(async (tx) => {
          order.push(`start ${name}`);
          await tx.insert(themes).values(theme(`together-${name}`));
          order.push(`end ${name}`);
        }),
      ),
    );
    expect(order).toEqual([
      "start one",
      "end one",
      "start two",
      "end two",
      "start three",
      "end three",
    ]);
    for (const name of ["one", "two", "three"])
      expect(await stored(`together-${name}`)).toBe(1);
  });
});
