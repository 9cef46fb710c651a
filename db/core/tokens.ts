import { createHash, randomBytes } from "node:crypto";

/**
 * SHA-256 in base64url: how every token (sessions, invitations, sign-in steps, alert and review
 * links), recovery code and the throttle's account keys are kept. Each is random enough, or needs
 * only to be told apart, so no salt.
 */
export function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

/**
 * A new random token for a link or a cookie, and its hash: the link carries the token, the
 * database keeps only the hash, so a copy of the database opens nothing.
 */
export function newToken(bytes = 24): { token: string; hash: string } {
  const token = randomBytes(bytes).toString("base64url");
  return { token, hash: digest(token) };
}
