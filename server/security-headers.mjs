// The Content-Security-Policy and the other security headers every response carries. Plain
// JavaScript so that server.mjs (which gives cached pages a fresh nonce) and proxy.ts (which
// gives rendered ones theirs) build them with one function.

/**
 * @typedef {{ development: boolean, https: boolean }} PolicySettings
 */

/**
 * The Content-Security-Policy for one response. Scripts run only from this site and with this
 * response's nonce (Next.js adds it to its own scripts); 'strict-dynamic' lets those load the
 * page's chunks. Fonts come from assets.nhs.uk, which serves NHS.UK frontend's Frutiger.
 *
 * @param {string} nonce
 * @param {PolicySettings} settings
 */
export function contentSecurityPolicy(nonce, { development, https }) {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its debugging tools; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self' https://assets.nhs.uk",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * Headers every response carries, whatever it is, with its `contentSecurityPolicy`.
 *
 * @param {string} policy
 * @param {{ https: boolean }} settings
 * @returns {Record<string, string>}
 */
export function securityHeaders(policy, { https }) {
  return {
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // Nothing here needs a camera, a location or any other powerful feature.
    "Permissions-Policy":
      "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), interest-cohort=()",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Browsers ignore HSTS over plain http, and it would pin a local http site to https.
    ...(https
      ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" }
      : {}),
  };
}

/** A new nonce: 16 random bytes in base64, as CSP asks. */
export function freshNonce() {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString(
    "base64",
  );
}
