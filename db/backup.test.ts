import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { asc } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase } from "./backup";
import { closeDb, db, openDb, type Db } from "./client";
import { examples } from "./schema";
import { seedCatalogue } from "./seed";
import { insertTestExample } from "./testing";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const everyExample = (database: Db) =>
  database
    .select({
      reference: examples.reference,
      slug: examples.slug,
      title: examples.title,
      status: examples.status,
    })
    .from(examples)
    .orderBy(asc(examples.id))
    .all();

describe("backups", () => {
  it("restore to the same examples, taken while the app is open and writing", async () => {
    await seedCatalogue();
    // Still in the live database's WAL file, not yet in its main file: the backup must have it.
    await insertTestExample({ title: "Written just before the backup" });
    const atBackup = everyExample(db());

    const backup = path.join(dir, "backup.db");
    await backupDatabase(db().$client.name, backup);
    await insertTestExample({ title: "Written after the backup" });

    // Restoring is copying the backup into place while the app is stopped.
    const restored = path.join(dir, "restored.db");
    fs.copyFileSync(backup, restored);
    const examplesRestored = everyExample(openDb(restored));
    closeDb(restored);
    expect(examplesRestored).toEqual(atBackup);
    expect(examplesRestored.map((example) => example.title)).toContain(
      "Written just before the backup",
    );
    expect(everyExample(db())).toHaveLength(atBackup.length + 1);
  });

  it("never overwrites an existing file", async () => {
    const existing = path.join(dir, "existing.db");
    fs.writeFileSync(existing, "keep me");
    await expect(backupDatabase(db().$client.name, existing)).rejects.toThrow(
      /already exists/,
    );
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
  });
});
