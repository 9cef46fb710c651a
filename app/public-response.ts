import { createHash } from "node:crypto";

/**
 * How long a browser, CDN or reverse proxy may reuse an answer that is the same for everyone:
 * briefly, then serve it stale while fetching a fresh one. Short, because a publish should show
 * within a minute even through a cache that does not revalidate.
 */
export const publicCacheControl =
  "public, max-age=30, stale-while-revalidate=60";

/** A weak validator for a body: the same bytes always give the same tag on every instance. */
export function entityTag(body: string): string {
  const digest = createHash("sha256").update(body).digest("base64url");
  return `W/"${digest.slice(0, 27)}"`;
}

/** Whether an If-None-Match header names this tag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEntityTag(
  ifNoneMatch: string | null,
  tag: string,
): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (candidate: string) => candidate.trim().replace(/^W\//, "");
  return ifNoneMatch
    .split(",")
    .some((candidate) => opaque(candidate) === opaque(tag));
}

/**
 * A public GET answer with an ETag and Cache-Control, or 304 Not Modified with no body when the
 * client (or a cache in front) already holds these exact bytes.
 */
export function publicResponse(
  request: Request,
  body: string,
  headers: Record<string, string>,
): Response {
  const tag = entityTag(body);
  const caching = { ETag: tag, "Cache-Control": publicCacheControl };
  if (matchesEntityTag(request.headers.get("if-none-match"), tag))
    return new Response(null, { status: 304, headers: caching });
  return new Response(body, { headers: { ...headers, ...caching } });
}

/** publicResponse for JSON. */
export function publicJson(request: Request, value: unknown): Response {
  return publicResponse(request, JSON.stringify(value), {
    "Content-Type": "application/json",
  });
}

/**
 * A redirect to a path on this site, relative (RFC 9110 allows it), so that it leads here
 * whatever host or port the request came in on: never to the address Next.js itself listens on.
 */
export function redirectTo(
  path: string,
  status: 301 | 302 | 303 | 307 | 308,
): Response {
  return new Response(null, { status, headers: { Location: path } });
}

/** "See other": where a GET or a form post is answered by another page. */
export const seeOther = (path: string) => redirectTo(path, 303);
