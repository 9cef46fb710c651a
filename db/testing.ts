import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import pg from "pg";
import { env } from "@/env";
import { postgresTool } from "./backup";
import { databaseErrorText, engine, transaction } from "./client";
import type { Engine } from "./engine";
import { postgresEngine } from "./postgres/engine";
import { sqliteEngine } from "./sqlite/engine";
import type { ExampleStatus } from "./options";
import {
  adoptionReports,
  examples,
  moderators,
  type NewAdoptionReport,
  type NewExample,
} from "./schema";

let made = 0;

/** Inserts an example for a test: published unless said otherwise, unique slug and reference. */
export async function insertTestExample(
  fields: Partial<NewExample> & { title: string },
) {
  const now = new Date();
  made += 1;
  const unique = `${now.getTime()}${made}`;
  const status = fields.status ?? "published";
  const [row] = await transaction((tx) =>
    tx
      .insert(examples)
      .values({
        slug: `test-${unique}`,
        reference: `IX-8${unique}`,
        summary: `${fields.title}: a summary written for a test.`,
        problem: "Written for a test.",
        approach: "Written for a test.",
        impact: "Written for a test.",
        createdAt: now,
        updatedAt: now,
        publishedAt:
          status === "published" || status === "withdrawn" ? now : null,
        ...fields,
        status,
      })
      .returning(),
  );
  return row!;
}

/** A moderator for tests that act as one without signing in: the password hash matches nothing. */
export async function insertTestModerator(name = "Test Moderator") {
  made += 1;
  const [row] = await transaction((tx) =>
    tx
      .insert(moderators)
      .values({
        email: `moderator-${Date.now()}-${made}@example.test`,
        name,
        passwordHash: "none",
        createdAt: new Date(),
      })
      .returning(),
  );
  return row!;
}

/** A "we tried this too" report on an example, for tests: published unless said otherwise. */
export async function insertTestReport(
  exampleId: number,
  status: ExampleStatus = "published",
  fields: Partial<NewAdoptionReport> = {},
) {
  const now = new Date();
  made += 1;
  const [row] = await transaction((tx) =>
    tx
      .insert(adoptionReports)
      .values({
        reference: `TR-8${String(made).padStart(4, "0")}${now.getTime() % 100_000}`,
        exampleId,
        careSetting: "acute",
        changes: "Written for a test.",
        results: "Written for a test.",
        state: "running",
        status,
        createdAt: now,
        updatedAt: now,
        publishedAt: status === "published" ? now : null,
        ...fields,
      })
      .returning(),
  );
  return row!;
}

// ---------------------------------------------------------------------------------------------
// What a test does differently on each engine, so that the test files themselves are the same.

/** Publishes an example from a connection of its own, as a second server or the seed command would. */
export async function publishFromElsewhere(id: number) {
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query(
      "UPDATE examples SET status = 'published', published_at = now() WHERE id = $1",
      [id],
    );
    await client.end();
    return;
  }
  const elsewhere = new Database(env.DATABASE_PATH);
  elsewhere
    .prepare(
      "UPDATE examples SET status = 'published', published_at = ? WHERE id = ?",
    )
    .run(Math.floor(Date.now() / 1000), id);
  elsewhere.close();
}

/** Forgets that the latest migration was applied, as if the code were newer than the database. */
export async function forgetLatestMigration() {
  const table = env.DATABASE_URL
    ? sql.raw("drizzle.__drizzle_migrations")
    : sql.raw("__drizzle_migrations");
  await transaction((tx) =>
    engine().run(
      tx,
      sql`DELETE FROM ${table} WHERE created_at = (SELECT max(created_at) FROM ${table})`,
    ),
  );
}

/** An engine whose database cannot be reached. */
export function unreachableEngine(): Engine {
  return env.DATABASE_URL
    ? postgresEngine("postgres://nobody@127.0.0.1:1/nothing", 2)
    : sqliteEngine(fs.mkdtempSync(path.join(os.tmpdir(), "not-a-file-")));
}

/** The examples (reference, slug, title, status) in a backup file, restored somewhere new. */
export async function examplesInBackup(file: string) {
  const query =
    "SELECT reference, slug, title, status FROM examples ORDER BY id";
  if (env.DATABASE_URL) {
    const name = `restored_${Date.now()}`;
    const admin = new pg.Client({ connectionString: env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = env.DATABASE_URL.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
    await promisify(execFile)(postgresTool("pg_restore"), [
      "--no-owner",
      `--dbname=${url}`,
      file,
    ]);
    const restored = new pg.Client({ connectionString: url });
    await restored.connect();
    const { rows } = await restored.query(query);
    await restored.end();
    return rows as {
      reference: string;
      slug: string;
      title: string;
      status: string;
    }[];
  }
  // Restoring a SQLite backup is copying it into place while the app is stopped.
  const restored = `${file}.restored.db`;
  fs.copyFileSync(file, restored);
  const database = new Database(restored, { readonly: true });
  try {
    return database.prepare(query).all() as {
      reference: string;
      slug: string;
      title: string;
      status: string;
    }[];
  } finally {
    database.close();
  }
}

/** Expects a write to be refused by a CHECK in the database (either engine's words for it). */
export async function expectRefusedByCheck(attempt: Promise<unknown>) {
  const said = await attempt.then(
    () => "the database accepted it",
    (thrown: unknown) => databaseErrorText(thrown),
  );
  if (!/CHECK constraint failed|violates check constraint/.test(said))
    throw new Error(`Expected a CHECK to refuse the write, but: ${said}`);
}
