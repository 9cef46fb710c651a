// The checks server.mjs makes on every request before Next sees it: what Next would otherwise
// answer with a 500, or could be fooled by. Plain JavaScript, as server.mjs is.

/** Headers only a proxy of ours may set: a client's own copies are removed unless TRUST_PROXY. */
export const proxyHeaders = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-port",
  "x-forwarded-proto",
];

/** Set on a page request whose address cannot be decoded, for proxy.ts; a client's is removed. */
export const malformedAddressHeader = "x-address-malformed";

const pageMethods = ["GET", "HEAD", "POST", "OPTIONS"];
// The JSON API, feeds and downloads are read-only, but for the API addresses browsers post to:
// a results link's ping or beacon saying an example was opened (search insights).
const apiMethods = ["GET", "HEAD", "OPTIONS"];
const apiPostPaths = new Set(["/api/insights/opened"]);

const isApi = (pathname) => pathname === "/api" || pathname.startsWith("/api/");

/**
 * @typedef {{ status: number, headers: Record<string, string>, message: string, json: boolean }} Refusal
 * @typedef {{ trustProxy: boolean, siteHost: string, bodyLimitBytes: number }} RequestRules
 */

/**
 * Removes forwarded headers a client could have forged, then says whether the request must be
 * turned away before the app: a method the app does not serve (405, with Allow; OPTIONS gets
 * 204 and Allow), an API address that cannot be decoded (400; such a page is marked for
 * proxy.ts, which answers "page not found"), a form posted from another site (403), a post
 * without a length or too long (411, 413). Returns null for a request the app should answer.
 *
 * @param {import("node:http").IncomingMessage} request
 * @param {RequestRules} rules
 * @returns {Refusal | null}
 */
export function checkRequest(request, rules) {
  if (!rules.trustProxy)
    for (const header of proxyHeaders) delete request.headers[header];
  const pathname = (request.url ?? "/").split("?")[0] ?? "/";
  const json = isApi(pathname);
  const allowed =
    json && !apiPostPaths.has(pathname) ? apiMethods : pageMethods;
  const method = request.method ?? "GET";
  if (method === "OPTIONS")
    return refusal(204, "", json, { allow: allowed.join(", ") });
  if (!allowed.includes(method))
    return refusal(
      405,
      "This address does not accept that kind of request.",
      json,
      { allow: allowed.join(", ") },
    );
  // An address that cannot be decoded (`%E0%A4%A`) names nothing here: the API says so, and a
  // page is marked for proxy.ts, which answers it with the "page not found" page. Next alone
  // would fail reading the route's parameters.
  delete request.headers[malformedAddressHeader];
  if (!decodable(pathname)) {
    if (json) return refusal(400, "The address is not correctly encoded", true);
    request.headers[malformedAddressHeader] = "true";
  }
  if (method !== "POST") return null;
  if (!sameSite(request, rules))
    return refusal(
      403,
      "The form was sent from another website. Go to this service's own page and send it again.",
      json,
    );
  const length = Number(request.headers["content-length"] ?? NaN);
  if (!Number.isFinite(length))
    return refusal(
      411,
      "Your browser sent the form in a way this service does not accept. Go back and send it again.",
      json,
    );
  if (length > rules.bodyLimitBytes)
    return refusal(
      413,
      "What you sent is too long. Go back, shorten your answers and send them again.",
      json,
    );
  return null;
}

/**
 * Whether a post came from a page of this service: its Origin (when a browser sent one) names
 * the public address, the address it was sent to, or, behind a trusted proxy, the host the proxy
 * says it was sent to. Next makes the same check on server actions; making it here as well means
 * a refusal is a clear 403 rather than a 500, whatever a proxy forwards.
 */
function sameSite(request, { trustProxy, siteHost }) {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  let originHost;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwardedHost = trustProxy
    ? String(request.headers["x-forwarded-host"] ?? "")
        .split(",")[0]
        ?.trim()
    : undefined;
  return [siteHost, request.headers.host, forwardedHost].includes(originHost);
}

/** Whether every percent-encoded character in a path decodes. */
function decodable(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** @returns {Refusal} */
function refusal(status, message, json, headers = {}) {
  return { status, message, json, headers };
}

/** Writes a refusal: a short page, or a JSON error for the API. The connection closes after it. */
export function sendRefusal(response, { status, message, json, headers }) {
  response.writeHead(status, {
    ...headers,
    "cache-control": "no-store",
    "content-security-policy":
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    connection: "close",
    ...(status === 204
      ? {}
      : {
          "content-type": json
            ? "application/json"
            : "text/html; charset=utf-8",
        }),
  });
  if (status === 204) return response.end();
  response.end(
    json
      ? JSON.stringify({ error: { message } })
      : `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sorry, there is a problem – Find and share improvement examples</title></head><body><main><h1>Sorry, there is a problem</h1><p>${message}</p></main></body></html>`,
  );
}
