/**
 * `npm run db:backup -- <file>`: an online backup of the database, safe while the app runs.
 */
import { backupDatabase } from "@/db/ops";
import {
  backupFormat,
  closeDatabase,
  databaseDescription,
  prepareDatabase,
} from "@/db/core";

async function main() {
  const destination = process.argv[2];
  if (!destination) {
    console.error(
      "Give the file to write the backup to.\nUsage: npm run db:backup -- <file>",
    );
    process.exit(1);
  }
  try {
    await prepareDatabase();
    const { bytes } = await backupDatabase(destination);
    console.log(
      `Backed up ${databaseDescription()} to ${destination} (${Math.round(bytes / 1024)} kB): ${backupFormat()}.`,
    );
    await closeDatabase();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

void main();
