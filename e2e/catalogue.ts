import { runProgram } from "./bin";
import { workerSlot } from "./ports";

/** A suffix that makes a title or slug unique within a test run. */
export const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

/**
 * This worker's shared server's database (e2e/test.ts starts the server); e2e/global-setup.ts
 * deletes every worker's before each run.
 */
export const e2eDatabasePath = `test-results/e2e-catalogue-${workerSlot}.db`;

/**
 * Runs one fixtures command (e2e/fixtures/catalogue-cli.ts) against the e2e server's database, or another SQLite file (a test
 * with a server of its own).
 */
export function runCatalogueCommand<T>(
  command: string,
  input: object,
  databasePath = e2eDatabasePath,
  /** More of the app's settings, such as the PORT its links point at. */
  environment: Record<string, string> = {},
): T {
  const output = runProgram("catalogue-cli", [command, JSON.stringify(input)], {
    ...process.env,
    DATABASE_PATH: databasePath,
    ...environment,
  });
  return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as T;
}

/** Adds an example (published unless said otherwise) with a unique slug; returns slug and reference. */
export const addExample = (input: {
  title: string;
  status?: "pending" | "published" | "rejected" | "withdrawn";
  theme?: string;
  stage?: "idea" | "pilot" | "routine-use" | "sustained" | "stopped";
  evidence?: "control-group" | "before-after" | "described";
  /** Published "we tried this too" reports to add. */
  reports?: number;
  contactName?: string;
  contactEmail?: string;
  contactConsent?: boolean;
  contactForwarding?: boolean;
  /** "Results so far", when a test needs its own. */
  impact?: string;
}) => runCatalogueCommand<{ slug: string; reference: string }>("add", input);

/** Adds `count` examples (published unless said otherwise) titled "<title> 1", "<title> 2" and so on, in that order. */
export const addManyExamples = (
  title: string,
  count: number,
  status: "pending" | "published" | "rejected" | "withdrawn" = "published",
) => runCatalogueCommand<object>("add-many", { title, count, status });

export const renameExample = (slug: string, title: string) =>
  runCatalogueCommand<{ slug: string }>("rename", { slug, title });

export const withdrawExample = (slug: string) =>
  runCatalogueCommand<object>("withdraw", { slug });
