import fs from "node:fs";
import { env } from "@/env";

/**
 * The time now. In tests, CLOCK_FILE may hold another (an ISO 8601 date and time), read on every
 * call, so that a test can move the app to another day without waiting for it (decision 35). A
 * missing or unreadable file means the machine's clock.
 */
export function now(): Date {
  if (!env.CLOCK_FILE) return new Date();
  try {
    const given = new Date(fs.readFileSync(env.CLOCK_FILE, "utf8").trim());
    if (!Number.isNaN(given.getTime())) return given;
  } catch {
    // No file yet: the machine's clock.
  }
  return new Date();
}

/** The UTC day of a time, as YYYY-MM-DD. */
export function dayOf(time: Date): string {
  return time.toISOString().slice(0, 10);
}
