import { transaction } from "./client";
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
