import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { asc } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase } from "./backup";
import { db } from "@/db/core/client";
import { examples } from "@/db/core/schema";
import { seedCatalogue } from "@/db/catalogue/seed";
import { examplesInBackup, insertTestExample } from "@/db/testing";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const everyExample = () =>
  db()
    .select({
      reference: examples.reference,
      slug: examples.slug,
      title: examples.title,
      status: examples.status,
    })
    .from(examples)
    .orderBy(asc(examples.id));

describe("backups", () => {
  it("restore to the same examples, taken while the app is open and writing", async () => {
    await seedCatalogue();
    // On SQLite still in the WAL file, not yet in the main file: the backup must have it.
    await insertTestExample({ title: "Written just before the backup" });
    const atBackup = await everyExample();

    const backup = path.join(dir, "backup");
    await backupDatabase(backup);
    await insertTestExample({ title: "Written after the backup" });

    const examplesRestored = await examplesInBackup(backup);
    expect(examplesRestored).toEqual(atBackup);
    expect(examplesRestored.map((example) => example.title)).toContain(
      "Written just before the backup",
    );
    expect(await everyExample()).toHaveLength(atBackup.length + 1);
  });

  it("never overwrites an existing file", async () => {
    const existing = path.join(dir, "existing");
    fs.writeFileSync(existing, "keep me");
    await expect(backupDatabase(existing)).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
  });
});
