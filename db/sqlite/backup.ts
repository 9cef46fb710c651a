import Database from "better-sqlite3";

/**
 * A consistent copy of a live SQLite file, taken while the app goes on reading and writing:
 * SQLite's online backup API copies it page by page. Restoring is copying it into place while
 * the app is stopped.
 */
export async function backupSqlite(source: string, destination: string) {
  const database = new Database(source, { fileMustExist: true });
  try {
    // The app's writers wait up to 5 s for a lock; the backup is as patient.
    database.pragma("busy_timeout = 5000");
    await database.backup(destination);
  } finally {
    database.close();
  }
}
