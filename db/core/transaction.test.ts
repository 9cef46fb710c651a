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
    // One after another: each transaction ends before the next starts. Which of three started
    // together goes first is the engine's choice (on PostgreSQL, whichever pooled connection
    // takes the write lock first), so only the pairing is checked.
    const pairs = [0, 2, 4].map((i) => [order[i], order[i + 1]]);
    expect(
      pairs.map(([start, end]) => [start, end?.replace("end", "start")]),
    ).toEqual(pairs.map(([start]) => [start, start]));
    expect(pairs.map(([start]) => start).sort()).toEqual([
      "start one",
      "start three",
      "start two",
    ]);
    for (const name of ["one", "two", "three"])
      expect(await stored(`together-${name}`)).toBe(1);
  });
});
