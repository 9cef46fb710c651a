/**
 * `npm run db:seed` adds the source report's content that is missing.
 * `npm run db:reset` deletes the local database first, then rebuilds and seeds it.
 */
import {
  closeDatabase,
  databaseDescription,
  deleteDatabase,
  prepareDatabase,
} from "@/db/core";
import { seedCatalogue } from "@/db/catalogue";

async function main() {
  if (process.argv.includes("--reset")) {
    const description = databaseDescription();
    try {
      await deleteDatabase();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
    console.log(`Deleted ${description}`);
  }
  await prepareDatabase();
  const added = await seedCatalogue();
  console.log(
    `Seeded ${databaseDescription()}: added ${added.examples} examples, ${added.themes} themes and ${added.statements} survey statements (content already there is left as it is).`,
  );
  await closeDatabase();
}

void main();
