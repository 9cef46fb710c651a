/**
 * Email: the outbox every message waits in until an instance sends it, and the templates that
 * write them. Sending itself is in mail/, outside the data layer.
 */
export * from "./alerts";
export * from "./contact";
export * from "./outbox";
export * from "./reviews";
export * from "./templates";
export * from "./waiting";
