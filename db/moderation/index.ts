/**
 * Everything that waits for a moderator: submissions and "we tried this too" reports, the queue,
 * decisions and history.
 */
export * from "./examples";
export * from "./reports";
