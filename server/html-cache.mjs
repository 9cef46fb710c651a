// The HTML cache in front of Next (server.mjs): public pages kept after their first render and
// answered from memory until the catalogue changes, each time with a nonce of its own. Plain
// JavaScript, as server.mjs is. Why it lives here and not in Next: docs/decisions/0056.
import zlib from "node:zlib";

/** The request header that carries this process's placeholder nonce to proxy.ts. */
export const placeholderHeader = "x-nonce-placeholder";

/**
 * The public pages that may be kept: the same for every visitor, with no form and no one-off key.
 * The search page is kept per query (see `cacheKey`).
 */
const publicPages = [
  /^\/$/,
  /^\/examples$/,
  /^\/examples\/[^/]+$/,
  /^\/themes$/,
  /^\/themes\/[^/]+$/,
  /^\/survey$/,
  /^\/labels$/,
  /^\/accessibility$/,
  /^\/e\/[^/]+$/,
];

/**
 * The pages server.mjs answers with when it cannot ask Next: rendered once at start (they read
 * nothing from the database) and kept apart from the cache, so that they are never evicted.
 */
export const fallbackPages = {
  busy: "/service-busy",
  unavailable: "/service-unavailable",
};

/**
 * What a public page tells browsers and other caches: keep it if you like (Back shows it at
 * once), but ask again before showing it anew, since each answer carries a nonce of its own.
 */
export const publicPageCacheControl = "no-cache";

/** Statuses a page is kept with: a page, not found, gone, and a permanent redirect. */
const keptStatuses = new Set([200, 404, 410, 308]);

/** Headers that belong to one response, not to the page. */
const perResponseHeaders = new Set([
  "connection",
  "content-length",
  "date",
  "etag",
  "keep-alive",
  "transfer-encoding",
  "content-security-policy",
]);

/**
 * Request headers that ask Next for something other than a page (the router's RSC payloads and
 * prefetches, a middleware prefetch, a server action): their answers are not whole documents.
 * Any header named `next-…`, `x-nextjs-…` or `x-middleware-…` counts, so that a header Next adds
 * later is refused too.
 */
const nextRequestHeaders = new Set(["rsc", "next-url", "next-action"]);
const isNextRequestHeader = (name) =>
  nextRequestHeaders.has(name) ||
  name.startsWith("next-") ||
  name.startsWith("x-nextjs-") ||
  name.startsWith("x-middleware-");

/**
 * Whether an Accept header takes an HTML document, as a browser's navigation always says:
 * `text/html` (or `text/*`) with a weight above zero. A request without one, or with only a wildcard,
 * may be anything (a script, a prefetch), so it is never answered from or kept in the cache.
 *
 * @param {string | string[] | undefined} header
 */
export function acceptsHtml(header) {
  for (const range of String(header ?? "").split(",")) {
    const [type = "", ...parameters] = range.split(";");
    if (!/^text\/(html|\*)$/i.test(type.trim())) continue;
    const weight = parameters
      .map((parameter) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(parameter)?.[1])
      .find((value) => value !== undefined);
    if (weight === undefined || Number(weight) > 0) return true;
  }
  return false;
}

/**
 * The cache key of a request, or null when the request must go to Next: only anonymous GETs and
 * HEADs of public pages that ask for an HTML document as a browser's plain navigation does, never
 * a router, RSC, prefetch or action request, and never anything with the moderators' cookie. The
 * key is the path with its query parameters sorted, so that `?q=a&theme=b` and `?theme=b&q=a`
 * share one entry.
 *
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} request
 * @param {{ sessionCookie: string }} rules
 * @returns {string | null}
 */
export function cacheKey(request, { sessionCookie }) {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  for (const name of Object.keys(request.headers))
    if (isNextRequestHeader(name.toLowerCase())) return null;
  if (!acceptsHtml(request.headers.accept)) return null;
  // A browser's navigation says "document", or nothing (an older browser, a script); a request
  // for an image or a script at a page's address gets a plain-text 404 from Next.
  const destination = request.headers["sec-fetch-dest"];
  if (destination !== undefined && destination !== "document") return null;
  const cookies = String(request.headers.cookie ?? "");
  if (cookies.split(";").some((c) => c.trim().startsWith(`${sessionCookie}=`)))
    return null;
  let url;
  try {
    url = new URL(request.url ?? "/", "http://cache.invalid");
  } catch {
    return null;
  }
  if (url.searchParams.has("_rsc")) return null;
  if (
    !publicPages.some((page) => page.test(url.pathname)) &&
    !Object.values(fallbackPages).includes(url.pathname)
  )
    return null;
  const parameters = [...url.searchParams].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const query = new URLSearchParams(parameters).toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/**
 * Whether a rendered answer may be kept: one of the kept statuses (a redirect with its
 * Location), an HTML document, nothing that says it is for one person or not to be stored, no
 * cookie set, and nothing that varies by a header the key does not hold.
 *
 * @param {number} status
 * @param {Record<string, unknown>} headers
 */
export function isStorable(status, headers) {
  if (!keptStatuses.has(status)) return false;
  if (headers["set-cookie"] !== undefined) return false;
  if (status === 308 && !headers.location) return false;
  if (!/^text\/html\s*(;|$)/i.test(String(headers["content-type"] ?? "")))
    return false;
  if (
    /\b(private|no-store)\b/i.test(
      [headers["cache-control"] ?? []].flat().join(","),
    )
  )
    return false;
  return [headers.vary ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .every(
      (name) =>
        name === "" || name === "accept-encoding" || isNextRequestHeader(name),
    );
}

/**
 * @typedef {{
 *   status: number,
 *   headers: [string, string][],
 *   parts: Buffer[],
 *   gzipParts: Buffer[] | null,
 *   bytes: number,
 *   version: string,
 *   until?: number,
 * }} Entry
 */

/**
 * A rendered answer as the cache keeps it: the headers that belong to the page, and the body cut
 * at every occurrence of the placeholder nonce, so that each response joins it with its own.
 *
 * @param {{ status: number, headers: Record<string, unknown>, body: Buffer }} rendered
 * @param {string} placeholder
 * @param {string} version
 * @param {{ gzip?: boolean }} [options] whether to compress it too, for answers that take gzip
 * @returns {Entry}
 */
export function toEntry(
  { status, headers, body },
  placeholder,
  version,
  { gzip = false } = {},
) {
  const kept = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || perResponseHeaders.has(name)) continue;
    for (const one of Array.isArray(value) ? value : [value])
      kept.push([name, String(one)]);
  }
  const parts = [];
  const marker = Buffer.from(placeholder);
  let from = 0;
  for (
    let at = body.indexOf(marker, from);
    at !== -1;
    at = body.indexOf(marker, from)
  ) {
    parts.push(body.subarray(from, at));
    from = at + marker.length;
  }
  parts.push(body.subarray(from));
  const headerBytes = kept.reduce(
    (sum, [n, v]) => sum + n.length + v.length,
    0,
  );
  // A page's own text never holds a NUL byte, which compressing needs (see `compressParts`).
  const gzipParts =
    gzip && !body.includes(0) ? compressParts(parts, marker.length) : null;
  const gzipBytes = gzipParts?.reduce((sum, part) => sum + part.length, 0) ?? 0;
  return {
    status,
    headers: kept,
    parts,
    gzipParts,
    bytes: body.length + gzipBytes + headerBytes + entryOverheadBytes,
    version,
  };
}

// What an entry costs beyond its body and headers (the key, the object, the part list), so that
// a flood of tiny 404s is bounded too.
const entryOverheadBytes = 512;

/**
 * The body's parts compressed once, so that each answer can be gzipped with its own nonce for
 * the cost of a checksum: each part as raw deflate blocks ending on a byte (a sync flush), to be
 * joined with the nonce as a stored block between them (`gzipWithNonce`). Each part may refer
 * back to the parts before it, as the browser will have them: the compressor is told they were
 * followed by as many NUL bytes as a nonce is long. No part holds a NUL byte, so nothing refers
 * to where the nonce will be, and every distance to text before it is the same in both.
 *
 * @param {Buffer[]} parts
 * @param {number} nonceLength
 * @returns {Buffer[]}
 */
function compressParts(parts, nonceLength) {
  const window = 32 * 1024;
  const standIn = Buffer.alloc(nonceLength);
  let before = Buffer.alloc(0);
  return parts.map((part) => {
    const compressed = zlib.deflateRawSync(part, {
      finishFlush: zlib.constants.Z_SYNC_FLUSH,
      ...(before.length > 0 ? { dictionary: before } : {}),
    });
    before = Buffer.concat([before, part, standIn]);
    before = before.subarray(Math.max(0, before.length - window));
    return compressed;
  });
}

// The gzip header (no name, no time, unknown system) and the empty last block that ends the data.
const gzipHeader = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
const lastBlock = Buffer.from([3, 0]);

/**
 * The gzip body of an entry with `nonce` where the placeholder was.
 *
 * @param {Entry} entry
 * @param {Buffer[]} gzipParts
 * @param {Buffer} nonce
 */
function gzipWithNonce(entry, gzipParts, nonce) {
  // A stored block: not last, no compression, then the length and its complement.
  const storedNonce = Buffer.alloc(5 + nonce.length);
  storedNonce.writeUInt16LE(nonce.length, 1);
  storedNonce.writeUInt16LE(~nonce.length & 0xffff, 3);
  nonce.copy(storedNonce, 5);
  const joined = [gzipHeader];
  let checksum = 0;
  let size = 0;
  entry.parts.forEach((part, index) => {
    if (index > 0) {
      joined.push(storedNonce);
      checksum = zlib.crc32(nonce, checksum);
      size += nonce.length;
    }
    joined.push(/** @type {Buffer} */ (gzipParts[index]));
    checksum = zlib.crc32(part, checksum);
    size += part.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(checksum >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  return Buffer.concat([...joined, lastBlock, trailer]);
}

/**
 * Whether a request's Accept-Encoding takes gzip.
 *
 * @param {string | string[] | undefined} header
 */
export function acceptsGzip(header) {
  for (const item of String(header ?? "").split(",")) {
    const [coding, ...parameters] = item.toLowerCase().split(";");
    if (coding?.trim() !== "gzip") continue;
    const quality = parameters
      .map((parameter) => parameter.trim())
      .find((parameter) => parameter.startsWith("q="));
    return quality === undefined || Number(quality.slice(2)) > 0;
  }
  return false;
}

/**
 * An entry's body with `nonce` where the placeholder was, gzipped if asked and it can be, and
 * its headers with the placeholder replaced in any value that held it. Nothing else is
 * rewritten: a `nonce="…"` that was in the page's own text stays as it was, and matches no
 * policy.
 *
 * @param {Entry} entry
 * @param {string} placeholder
 * @param {string} nonce
 * @param {{ gzip?: boolean }} [options]
 * @returns {{ body: Buffer, headers: [string, string][], gzipped: boolean }}
 */
export function withNonce(entry, placeholder, nonce, { gzip = false } = {}) {
  const nonceBytes = Buffer.from(nonce);
  const headers = entry.headers.map(([name, value]) => [
    name,
    value.replaceAll(placeholder, nonce),
  ]);
  // Compressed with a stand-in of the placeholder's length: only a nonce as long fits.
  if (gzip && entry.gzipParts && nonceBytes.length === placeholder.length)
    return {
      body: gzipWithNonce(entry, entry.gzipParts, nonceBytes),
      headers: /** @type {[string, string][]} */ (headers),
      gzipped: true,
    };
  const joined = [];
  entry.parts.forEach((part, index) => {
    if (index > 0) joined.push(nonceBytes);
    joined.push(part);
  });
  return {
    body: Buffer.concat(joined),
    headers: /** @type {[string, string][]} */ (headers),
    gzipped: false,
  };
}

/**
 * Entries kept least recently used first out, within `maxBytes`, each for one change version.
 */
export class HtmlCache {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, Entry>} */
    this.entries = new Map();
    this.counts = { hits: 0, misses: 0, evictions: 0 };
  }

  /**
   * The entry for `key` if it was rendered at `version` and, if it changes at a time (`until`),
   * that time has not come; any other entry is not answered (and is replaced when the page is
   * next stored). Counts nothing: a request may look more than once (before and after it waits
   * its turn), so server.mjs counts each answer once (`count`).
   *
   * @param {string} key
   * @param {string} version
   * @param {() => number} now the time, asked only of an entry that changes at one
   * @returns {Entry | undefined}
   */
  get(key, version, now = Date.now) {
    const entry = this.entries.get(key);
    if (
      !entry ||
      entry.version !== version ||
      (entry.until !== undefined && entry.until <= now())
    )
      return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * The entry for `key` whatever its version, for serving while the database cannot be reached.
   *
   * @param {string} key
   * @param {string} version the last version known to be current
   */
  getStale(key, version) {
    const entry = this.entries.get(key);
    return entry && entry.version === version ? entry : undefined;
  }

  /**
   * Keeps `entry`, evicting the least recently used until everything fits. An entry larger than
   * the whole cache is not kept.
   *
   * @param {string} key
   * @param {Entry} entry
   */
  set(key, entry) {
    this.delete(key);
    if (entry.bytes > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.bytes;
      this.counts.evictions += 1;
    }
  }

  /**
   * Counts one answer: a hit (a kept page, or a render shared with the request) or a miss (a
   * render of a page that may be kept).
   *
   * @param {"hits" | "misses"} outcome
   */
  count(outcome) {
    this.counts[outcome] += 1;
  }

  /** @param {string} key */
  delete(key) {
    const existing = this.entries.get(key);
    if (!existing) return;
    this.entries.delete(key);
    this.bytes -= existing.bytes;
  }

  /** What /api/health and the log report. */
  stats() {
    return {
      entries: this.entries.size,
      bytes: this.bytes,
      maxBytes: this.maxBytes,
      ...this.counts,
    };
  }
}
