/** `npm run db:backup -- <file>`: an online backup of DATABASE_PATH, safe while the app runs. */
import { env } from "@/env";
import { backupDatabase } from "./backup";

async function main() {
  const destination = process.argv[2];
  if (!destination) {
    console.error(
      "Give the file to write the backup to.\nUsage: npm run db:backup -- <file>",
    );
    process.exit(1);
  }
  try {
    const { bytes } = await backupDatabase(env.DATABASE_PATH, destination);
    console.log(
      `Backed up ${env.DATABASE_PATH} to ${destination} (${Math.round(bytes / 1024)} kB).`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

void main();
