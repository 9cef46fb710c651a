import "server-only";
import type {
  RateLimiterAbstract,
  RateLimiterRes,
} from "rate-limiter-flexible";
import { rateLimiter } from "@/db/ops";
import { env } from "@/env";

/**
 * The client's address. server.mjs sets X-Client-IP from the connection itself; X-Forwarded-For
 * is believed only when TRUST_PROXY says a proxy of ours wrote its last entry.
 */
export function clientAddress(headers: Pick<Headers, "get">): string {
  if (env.TRUST_PROXY) {
    const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return headers.get("x-client-ip") ?? "unknown";
}

const limits = {
  /** 5 submissions per client per 10 minutes: plenty for a person, too few for a spammer. */
  submission: { keyPrefix: "submission", points: 5, duration: 10 * 60 },
  /** 5 messages to teams per client per 10 minutes. */
  contact: { keyPrefix: "contact", points: 5, duration: 10 * 60 },
  /** 10 sign-in attempts per client per 15 minutes, against password guessing. */
  "sign-in": { keyPrefix: "sign-in", points: 10, duration: 15 * 60 },
} as const;

export type Limit = keyof typeof limits;

// On globalThis because proxy.ts and the pages are bundled apart but share one process.
const limiters = ((
  globalThis as unknown as { rateLimiters?: Map<Limit, RateLimiterAbstract> }
).rateLimiters ??= new Map());

/**
 * The limiter for one kind of attempt, made on first use, with counts that every instance of the
 * app shares.
 */
function limiter(limit: Limit): RateLimiterAbstract {
  let existing = limiters.get(limit);
  if (!existing) {
    existing = rateLimiter(limits[limit]);
    limiters.set(limit, existing);
  }
  return existing;
}

/** Takes one go from the client's allowance: null if allowed, or the whole minutes to wait. */
export async function spend(limit: Limit, key: string): Promise<number | null> {
  try {
    await limiter(limit).consume(key);
    return null;
  } catch (result) {
    if (isRateLimiterRes(result)) return minutesToWait(result);
    throw result;
  }
}

/** Whole minutes until the client may try again, or null if it has allowance left. */
export async function minutesUntilAllowed(
  limit: Limit,
  key: string,
): Promise<number | null> {
  const state = await limiter(limit).get(key);
  return state && state.remainingPoints <= 0 ? minutesToWait(state) : null;
}

// Not instanceof: proxy.ts and the pages each bundle their own copy of the library, and the
// limiter on globalThis may come from either.
function isRateLimiterRes(value: unknown): value is RateLimiterRes {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as RateLimiterRes).msBeforeNext === "number"
  );
}

function minutesToWait(result: RateLimiterRes) {
  return Math.max(1, Math.ceil(result.msBeforeNext / 60_000));
}
