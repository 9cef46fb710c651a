import { execFileSync } from "node:child_process";

/** A suffix that makes a title or slug unique within a test run. */
export const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

/** The e2e server's own database; playwright.config.ts deletes it before each run. */
export const e2eDatabasePath = "test-results/e2e-catalogue.db";

/**
 * Runs one fixtures command against the e2e server's database, or another SQLite file (a test
 * with a server of its own).
 */
export function runCatalogueCommand<T>(
  command: string,
  input: object,
  databasePath = e2eDatabasePath,
  /** More of the app's settings, such as the PORT its links point at. */
  environment: Record<string, string> = {},
): T {
  const output = execFileSync(
    "node_modules/.bin/tsx",
    [
      "--conditions=react-server",
      "e2e/fixtures/catalogue-cli.ts",
      command,
      JSON.stringify(input),
    ],
    {
      env: { ...process.env, DATABASE_PATH: databasePath, ...environment },
      encoding: "utf8",
    },
  );
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
