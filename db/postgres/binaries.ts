import fs from "node:fs";
import path from "node:path";

/**
 * Where PostgreSQL's programs (initdb, pg_ctl, pg_dump, pg_restore) are: PG_BIN, else the newest
 * /usr/lib/postgresql/<version>/bin, where Debian puts them off the PATH.
 */
export function postgresBinaries(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((name) => fs.existsSync(path.join(root, name, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error(
      "PostgreSQL's server is not installed: the tests need initdb and pg_ctl (apt-get install -y postgresql), or PG_BIN set to the folder that holds them.",
    );
  return path.join(root, versions[0]!, "bin");
}
