/** The embedded engine: one SQLite file, FTS5 search. Everything that differs on SQLite is here. */
export { sqliteEngine } from "./engine";
