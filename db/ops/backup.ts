import fs from "node:fs";
import path from "node:path";
import { engine } from "@/db/core/client";

/**
 * A consistent backup of the live database, taken while the app goes on reading and writing, in
 * the engine's own format (a SQLite file, or pg_dump's custom format). Refuses to overwrite a
 * file.
 */
export async function backupDatabase(
  destination: string,
): Promise<{ bytes: number }> {
  if (fs.existsSync(destination))
    throw new Error(`${destination} already exists; choose a new file name.`);
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  await engine().backup(destination);
  return { bytes: fs.statSync(destination).size };
}
