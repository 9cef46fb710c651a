import fs from "node:fs";
import Database from "better-sqlite3";
import { count, sql } from "drizzle-orm";
import { drizzle as drizzleSqlite } from "drizzle-orm/better-sqlite3";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import pg from "pg";
import { postgresEngine } from "./engine";
import * as postgresSchema from "./schema";
import * as sqliteSchema from "@/db/sqlite/schema";

/**
 * Moves a SQLite catalogue up to PostgreSQL without losing a word: every table the app keeps
 * (examples in every status, their themes, outcomes, "we tried this too" reports and claims, survey
 * figures, slug redirects, moderation history, moderators with their password hashes), ids and
 * references unchanged so that every link already shared keeps working, and the people with their
 * roles, invitations, second factors and history, and the email outbox (messages not yet sent
 * are sent from PostgreSQL), alerts and their jobs. Sessions and the sign-in throttle's counts
 * are not copied: moderators sign in again.
 */

/** In the order a row's references exist before it does. */
const copiedTables = [
  "themes",
  "examples",
  "exampleThemes",
  "surveyStatements",
  "statementThemes",
  "slugRedirects",
  "moderators",
  "adoptionReports",
  "exampleClaims",
  "outcomes",
  "measures",
  "measurePoints",
  "moderationEvents",
  "accountEvents",
  "moderatorInvitations",
  "recoveryCodes",
  "messageBodies",
  "outbox",
  "subscriptions",
  "mailJobs",
] as const satisfies readonly (keyof typeof sqliteSchema &
  keyof typeof postgresSchema)[];

type TableName = (typeof copiedTables)[number];

// Tables whose ids come from a sequence on PostgreSQL, moved on past the copied ids.
const withSequences: TableName[] = [
  "themes",
  "examples",
  "surveyStatements",
  "moderators",
  "adoptionReports",
  "exampleClaims",
  "outcomes",
  "measures",
  "moderationEvents",
  "accountEvents",
  "messageBodies",
  "outbox",
  "subscriptions",
  "mailJobs",
];

export type CopyReport = { table: string; source: number; copied: number }[];

export class CopyRefused extends Error {}

// PostgreSQL takes at most 65,535 parameters a statement; 200 rows of 40 columns stay well within.
const batchSize = 200;

export async function copySqliteToPostgres(
  sqliteFile: string,
  postgresUrl: string,
): Promise<CopyReport> {
  if (!fs.existsSync(sqliteFile))
    throw new CopyRefused(`There is no SQLite catalogue at ${sqliteFile}.`);
  const source = drizzleSqlite(
    new Database(sqliteFile, { readonly: true, fileMustExist: true }),
    { schema: sqliteSchema },
  );
  // Brings the target's schema up to date first, under the same lock the app instances take.
  const target = postgresEngine(postgresUrl, 2);
  await target.migrate(async () => undefined);
  await target.close();

  const pool = new pg.Pool({ connectionString: postgresUrl, max: 1 });
  const destination = drizzlePostgres(pool, { schema: postgresSchema });
  try {
    return await destination.transaction(async (tx) => {
      // No instance may write while the copy runs, nor another copy start.
      await tx.execute(sql`LOCK TABLE examples IN EXCLUSIVE MODE`);
      const [existing] = await tx
        .select({ n: count() })
        .from(postgresSchema.examples);
      if ((existing?.n ?? 0) > 0)
        throw new CopyRefused(
          `The PostgreSQL database already holds ${existing!.n} examples. Copy only into an empty database, so that nothing there is mixed up or overwritten.`,
        );
      // Themes and survey statements an app instance seeded on its own start are replaced by
      // the catalogue's own, with their ids.
      await tx.execute(
        sql`TRUNCATE statement_themes, survey_statements, example_themes, themes RESTART IDENTITY CASCADE`,
      );

      const report: CopyReport = [];
      for (const name of copiedTables) {
        const rows = await source.select().from(sqliteSchema[name]);
        for (let start = 0; start < rows.length; start += batchSize) {
          await tx
            .insert(postgresSchema[name])
            .values(rows.slice(start, start + batchSize) as never[]);
        }
        const [copied] = await tx
          .select({ n: count() })
          .from(postgresSchema[name]);
        report.push({
          table: name,
          source: rows.length,
          copied: copied?.n ?? 0,
        });
      }
      const differing = report.filter((row) => row.source !== row.copied);
      if (differing.length > 0)
        throw new Error(
          `Row counts differ, so nothing was copied: ${differing.map((row) => `${row.table} ${row.source} → ${row.copied}`).join(", ")}`,
        );
      // Statistics for the planner at once, rather than when autovacuum gets round to it.
      await tx.execute(sql`ANALYZE`);
      for (const name of withSequences) {
        const table = sql.raw(`"${postgresTableName(name)}"`);
        await tx.execute(
          sql`SELECT setval(pg_get_serial_sequence(${postgresTableName(name)}, 'id'),
                coalesce((SELECT max(id) FROM ${table}), 0) + 1, false)`,
        );
      }
      return report;
    });
  } finally {
    source.$client.close();
    await pool.end();
  }
}

const postgresTableName = (name: TableName) =>
  (postgresSchema[name] as unknown as { [key: symbol]: string })[
    Symbol.for("drizzle:Name")
  ]!;
