/**
 * The engine for several instances: PostgreSQL, tsvector search, NOTIFY change signals.
 * Everything that differs on PostgreSQL is here.
 */
export { postgresEngine } from "./engine";
export {
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from "./throwaway-server";
export {
  CopyRefused,
  copySqliteToPostgres,
  type CopyReport,
} from "./copy-from-sqlite";
