/**
 * Search of published examples: the query reader, spelling correction, the engine's full-text
 * candidates, re-ranking and facet counts, and the tools that measure them.
 */
export * from "./search";
export { loadDictionary } from "./dictionary";
export { judgedQueriesMadeWorse, scoreSearch, type SearchScores } from "./eval";
export {
  normaliseQuery,
  queryWords,
  withSynonyms,
  type Synonym,
} from "./query";
export {
  benchmarkQueries,
  planted,
  plantedSlugsFor,
  writeGeneratedCatalogue,
} from "./generated-catalogue";
export { warmSearchIndex, whenSearchIndexFresh } from "./memory-index";
export { nhsTerms, type NhsTerm } from "./nhs-terms";
