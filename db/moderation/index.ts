/**
 * Everything that waits for a moderator: submissions and "we tried this too" reports, the queue,
 * decisions and history, and the moderators themselves with their sessions.
 */
export * from "./examples";
export * from "./moderators";
export * from "./reports";
