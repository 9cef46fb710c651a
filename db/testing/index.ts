import { sql } from "drizzle-orm";
import { databaseErrorText, engine, transaction } from "@/db/core/client";
import type { Engine } from "@/db/core/engine";
import { engineTesting } from "@/db/core/testing";
import { getMessage, listRecentMessages, type OutboxMessage } from "@/db/mail";

export { testDatabaseKinds } from "@/db/core/testing";
export type { TestDatabases } from "@/db/core/engine";
import type { ExampleStatus } from "@/db/options";
import type { EditableFields } from "@/db/moderation";
import {
  adoptionReports,
  examples,
  moderators,
  type NewAdoptionReport,
  type NewExample,
} from "@/db/core/schema";

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
export function publishFromElsewhere(id: number): Promise<void> {
  return engineTesting().publishFromElsewhere(id);
}

/** Forgets that the latest migration was applied, as if the code were newer than the database. */
export async function forgetLatestMigration() {
  const table = sql.raw(engineTesting().migrationsTable);
  await transaction((tx) =>
    engine().run(
      tx,
      sql`DELETE FROM ${table} WHERE created_at = (SELECT max(created_at) FROM ${table})`,
    ),
  );
}

/** An engine whose database cannot be reached. */
export function unreachableEngine(): Engine {
  return engineTesting().unreachableEngine();
}

/** The examples (reference, slug, title, status) in a backup file, restored somewhere new. */
export async function examplesInBackup(file: string) {
  return (await engineTesting().rowsInBackup(
    file,
    "SELECT reference, slug, title, status FROM examples ORDER BY id",
  )) as { reference: string; slug: string; title: string; status: string }[];
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

/** The emails in the outbox for one address, oldest first, with their bodies. */
export async function queuedMailTo(address: string): Promise<OutboxMessage[]> {
  const rows = (await listRecentMessages(1000)).filter(
    (row) => row.recipient === address,
  );
  return Promise.all(
    rows.reverse().map(async (row) => (await getMessage(row.id))!),
  );
}

/** A complete set of answers to the submission form, for a test that submits an example. */
export function exampleAnswers(
  title: string,
  extra: Partial<EditableFields> = {},
): EditableFields {
  return {
    title,
    summary: `${title}: what it is, in a sentence.`,
    problem: "Patients waited too long for a bed on the ward.",
    approach: "The team reviewed every discharge each morning.",
    impact: "Waiting fell over six months.",
    learning: null,
    careSetting: "acute",
    region: null,
    stage: null,
    evidence: null,
    evidenceChecked: false,
    organisation: null,
    oneOffCost: null,
    runningCost: null,
    runningCostPeriod: null,
    staffHours: null,
    staffHoursPeriod: null,

    contactName: "Sam Jones",
    contactEmail: "sam.jones@nhs.net",
    contactConsent: false,
    contactForwarding: false,
    moreInfoUrl: null,
    themes: ["patient-flow"],
    ...extra,
  };
}
