/** The public catalogue: examples, themes, the survey's figures and measured outcomes. */
export * from "./examples";
export * from "./measures";
export * from "./outcomes";
export * from "./survey";
export * from "./themes";
export {
  isCatalogueEmpty,
  prepareCatalogue,
  seedCatalogue,
  seedIfEmpty,
  type SeedReport,
} from "./seed";
