/**
 * `npm run db:backup -- <file>`: an online backup of the database (DATABASE_PATH, or
 * DATABASE_URL's with pg_dump), safe while the app runs.
 */
import { env } from "@/env";
import { backupDatabase } from "./backup";
import { closeDatabase, prepareDatabase } from "./client";

async function main() {
  const destination = process.argv[2];
  if (!destination) {
    console.error(
      "Give the file to write the backup to.\nUsage: npm run db:backup -- <file>",
    );
    process.exit(1);
  }
  try {
    await prepareDatabase({ seed: false });
    const { bytes } = await backupDatabase(destination);
    await closeDatabase();
    const source = env.DATABASE_URL
      ? "the PostgreSQL database (custom format: restore it with pg_restore)"
      : env.DATABASE_PATH;
    console.log(
      `Backed up ${source} to ${destination} (${Math.round(bytes / 1024)} kB).`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

void main();
