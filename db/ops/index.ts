/** What the people who run the service use: health checks, backups and shared rate limits. */
export * from "./backup";
export * from "./health";
export * from "./rate-limits";
