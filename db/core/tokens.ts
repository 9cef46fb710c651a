import { createHash } from "node:crypto";

/**
 * SHA-256 in base64url: how session and invitation tokens, recovery codes and the throttle's
 * account keys are kept. Each is random enough, or needs only to be told apart, so no salt.
 */
export function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}
