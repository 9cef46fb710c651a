/**
 * The database this process runs on, whichever engine that is: open, migrate, read, write in one
 * transaction, close. For db/, scripts and tests; pages and actions call the domain folders.
 */
export {
  cacheUntilDataChanges,
  backupFormat,
  changeVersion,
  databaseBytes,
  closeDatabase,
  databaseDescription,
  databaseErrorText,
  db,
  isDatabaseOpen,
  deleteDatabase,
  prepareDatabase,
  transaction,
  type Db,
  type Transaction,
} from "./client";
export * from "./schema";
