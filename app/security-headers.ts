import { env } from "@/env";
import * as headers from "@/server/security-headers.mjs";

const https = env.SITE_URL.startsWith("https:");

/** The Content-Security-Policy for one response with this nonce (see server/security-headers.mjs). */
export function contentSecurityPolicy(nonce: string): string {
  return headers.contentSecurityPolicy(nonce, {
    development: env.NODE_ENV === "development",
    https,
  });
}

/** Headers every response carries, whatever it is, with its `contentSecurityPolicy`. */
export function securityHeaders(policy: string): Record<string, string> {
  return headers.securityHeaders(policy, { https });
}

export { freshNonce } from "@/server/security-headers.mjs";
