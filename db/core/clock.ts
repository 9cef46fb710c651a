import fs from "node:fs";
import { env } from "@/env";

/** Milliseconds in each unit an offset may be given in. */
const units = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * The time now. In tests, CLOCK_FILE may hold another, read on every call, so that a test can move
 * the app on without waiting (decision 35): a date and time (ISO 8601), which stands still until
 * the test writes another, or an offset from the machine's clock ("+3m", "+2d"), which keeps
 * moving as the machine's does. A missing or unreadable file means the machine's clock.
 */
export function now(): Date {
  if (!env.CLOCK_FILE) return new Date();
  try {
    const text = fs.readFileSync(env.CLOCK_FILE, "utf8").trim();
    const offset = /^([+-]\d+)([smhd])$/.exec(text);
    if (offset)
      return new Date(
        Date.now() + Number(offset[1]) * units[offset[2] as keyof typeof units],
      );
    const given = new Date(text);
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
