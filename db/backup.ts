import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Copies a live database to `destination` with SQLite's online backup API: a consistent snapshot,
 * taken page by page while the app goes on reading and writing. Refuses to overwrite a file.
 */
export async function backupDatabase(
  source: string,
  destination: string,
): Promise<{ pages: number; bytes: number }> {
  if (fs.existsSync(destination))
    throw new Error(`${destination} already exists; choose a new file name.`);
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const database = new Database(source, { fileMustExist: true });
  try {
    // The app's writers wait up to 5 s for a lock; the backup is as patient.
    database.pragma("busy_timeout = 5000");
    const { totalPages } = await database.backup(destination);
    return { pages: totalPages, bytes: fs.statSync(destination).size };
  } finally {
    database.close();
  }
}
