/**
 * Everything that waits for a moderator: submissions, "we tried this too" reports and claims, the queue,
 * decisions and history.
 */
export * from "./examples";
export * from "./reports";
export * from "./claims";
