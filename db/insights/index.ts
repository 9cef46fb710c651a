/**
 * Search insights for the people who run the catalogue: counts of searches, openings and page
 * views that identify nobody, the reports the Insights page shows, and the synonyms moderators teach.
 */
export {
  countAppearances,
  countContact,
  countOpening,
  countSearch,
  countView,
  forgetOldInsights,
  firstKeptDay,
  insightsKeptMonths,
  insightsWriteIntervalMs,
  isRecordingSearches,
  maxCountedQueryLength,
  noteResultsShown,
  pendingInsights,
  queryToCount,
  resultBand,
  shownListsKeptMs,
  writeCounts,
  writeInsights,
} from "./recording";
export { looksLikePersonalData } from "./personal-data";
export * from "./reports";
export * from "./synonyms";
/** The app's clock, which tests may set (CLOCK_FILE): the day searches are counted on. */
export { now } from "@/db/core/clock";
export * from "./reach";
