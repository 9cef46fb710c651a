/**
 * `npm run db:copy -- --to postgres://…`: copies the SQLite catalogue at DATABASE_PATH into an
 * empty PostgreSQL database, in one transaction, and compares the row counts table by table.
 */
import { env } from "@/env";
import { CopyRefused, copySqliteToPostgres } from "@/db/postgres";

async function main() {
  const to = process.argv.indexOf("--to");
  const url = to === -1 ? undefined : process.argv[to + 1];
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error(
      "Give the PostgreSQL database to copy into.\nUsage: npm run db:copy -- --to postgres://user:password@host:5432/database",
    );
    process.exit(1);
  }
  try {
    const report = await copySqliteToPostgres(env.DATABASE_PATH, url);
    console.log(`Copied ${env.DATABASE_PATH} to PostgreSQL:\n`);
    console.log(
      "| table | rows in SQLite | rows copied |\n| --- | --- | --- |",
    );
    for (const row of report)
      console.log(`| ${row.table} | ${row.source} | ${row.copied} |`);
    console.log(
      "\nEvery count matches. Start the app with DATABASE_URL set to this database.",
    );
  } catch (error) {
    console.error(
      error instanceof CopyRefused
        ? `Nothing was copied. ${error.message}`
        : `Nothing was copied: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}

void main();
