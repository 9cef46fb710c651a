/** Fixed lists and the search's filters: browser-safe, for forms, pages and db/ alike. */
export * from "./lists";
export * from "./search-filters";
