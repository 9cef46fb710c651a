/**
 * `npm run db:seed` adds the source report's content that is missing.
 * `npm run db:reset` deletes the local database first, then rebuilds and seeds it.
 */
import fs from "node:fs";
import { env } from "@/env";
import { closeDatabase, prepareDatabase } from "@/db/client";
import { seedCatalogue } from "@/db/seed";

const reset = process.argv.includes("--reset");
const file = env.DATABASE_PATH;

if (reset && env.DATABASE_URL) {
  console.error(
    "db:reset deletes the SQLite file at DATABASE_PATH; it does not empty a PostgreSQL database. To start again on PostgreSQL, drop and create the database yourself.",
  );
  process.exit(1);
}

if (reset) {
  for (const suffix of ["", "-wal", "-shm"])
    fs.rmSync(`${file}${suffix}`, { force: true });
  console.log(`Deleted ${file}`);
}

async function main() {
  await prepareDatabase({ seed: false });
  const added = await seedCatalogue();
  await closeDatabase();
  console.log(
    `Seeded ${env.DATABASE_URL ? "the PostgreSQL database" : file}: added ${added.examples} examples, ${added.themes} themes and ${added.statements} survey statements (content already there is left as it is).`,
  );
}

void main();
