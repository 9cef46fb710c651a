import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { engine } from "@/db/core/client";
import type { RateLimit } from "@/db/core/engine";

export type { RateLimit };

/**
 * A limiter whose counts every instance shares where there are several (kept in PostgreSQL), or
 * this process keeps (SQLite's single instance).
 */
export function rateLimiter(limit: RateLimit): RateLimiterAbstract {
  return engine().rateLimiter(limit);
}
