import zlib from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  acceptsGzip,
  cacheKey,
  HtmlCache,
  isStorable,
  toEntry,
  withNonce,
  type Entry,
} from "./html-cache.mjs";

const rules = { sessionCookie: "moderator_session" };
/** What a browser sends for a plain navigation. */
const navigation = {
  host: "localhost",
  accept:
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
};
const get = (url: string, headers: Record<string, string> = {}) => ({
  method: "GET",
  url,
  headers: { ...navigation, ...headers },
});

describe("which requests the HTML cache may answer", () => {
  it("keys public pages by path, with the search's parameters in one order", () => {
    expect(cacheKey(get("/examples/home-first"), rules)).toBe(
      "/examples/home-first",
    );
    expect(cacheKey(get("/examples?theme=digital&q=falls"), rules)).toBe(
      "/examples?q=falls&theme=digital",
    );
    expect(cacheKey(get("/examples?q=falls&theme=digital"), rules)).toBe(
      "/examples?q=falls&theme=digital",
    );
    // Two different searches never share an entry.
    expect(cacheKey(get("/examples?q=falls"), rules)).not.toBe(
      cacheKey(get("/examples?q=fall"), rules),
    );
    for (const page of [
      "/",
      "/themes",
      "/themes/digital",
      "/survey",
      "/labels",
      "/e/IX-0001",
      // The busy and unavailable pages, rendered once at start through the same path.
      "/service-busy",
      "/service-unavailable",
    ])
      expect(cacheKey(get(page), rules)).toBe(page);
    expect(cacheKey({ ...get("/survey"), method: "HEAD" }, rules)).toBe(
      "/survey",
    );
  });

  it("never answers a moderator, a router or RSC request, a post, a form or the API", () => {
    const refused = [
      get("/examples/home-first", { cookie: "moderator_session=abc" }),
      get("/examples/home-first", { cookie: "a=1; moderator_session=abc" }),
      get("/examples/home-first", { rsc: "1" }),
      get("/examples/home-first", { "next-router-prefetch": "1" }),
      get("/examples/home-first", { "next-router-state-tree": "%5B%5D" }),
      get("/examples/home-first?_rsc=abc"),
      { ...get("/examples/home-first"), method: "POST" },
      get("/submit"),
      get("/examples/home-first/tried"),
      get("/examples/home-first/contact"),
      get("/examples/home-first/claim"),
      get("/alerts/new"),
      get("/admin"),
      get("/api/search?q=falls"),
      get("/shortlist"),
    ];
    for (const request of refused)
      expect(cacheKey(request, rules), JSON.stringify(request)).toBeNull();
    // A request for a page that is not a browser's plain navigation: Next's router, prefetch and
    // action headers (whatever their case), and anything that does not ask for HTML.
    for (const header of [
      "RSC",
      "Next-Router-State-Tree",
      "Next-Router-Prefetch",
      "Next-Router-Segment-Prefetch",
      "Next-Url",
      "x-middleware-prefetch",
      "Next-Action",
      "next-hmr-refresh",
      "x-nextjs-data",
    ])
      expect(
        cacheKey(get("/", { [header.toLowerCase()]: "1" }), rules),
        header,
      ).toBeNull();
    for (const accept of [
      "*/*",
      "application/json",
      "text/x-component",
      "text/html;q=0, */*",
      "",
    ])
      expect(cacheKey(get("/", { accept }), rules), accept).toBeNull();
    for (const destination of ["image", "script", "empty", "iframe"])
      expect(
        cacheKey(get("/", { "sec-fetch-dest": destination }), rules),
        destination,
      ).toBeNull();
    expect(cacheKey(get("/", { "sec-fetch-dest": "document" }), rules)).toBe(
      "/",
    );
    const { accept: _none, ...withoutAccept } = get("/").headers;
    expect(cacheKey({ ...get("/"), headers: withoutAccept }, rules)).toBeNull();
    for (const accept of ["text/html", "TEXT/HTML; charset=utf-8", "text/*"])
      expect(cacheKey(get("/", { accept }), rules), accept).toBe("/");
    // Another site's cookie is nobody's session.
    expect(
      cacheKey(get("/survey", { cookie: "not_moderator_session=1" }), rules),
    ).toBe("/survey");
  });

  it("keeps a page, not found, gone and a permanent redirect with its address, and nothing that sets a cookie", () => {
    const html = { "content-type": "text/html; charset=utf-8" };
    expect(isStorable(200, html)).toBe(true);
    expect(isStorable(404, html)).toBe(true);
    expect(isStorable(410, html)).toBe(true);
    expect(isStorable(308, { ...html, location: "/examples/home-first" })).toBe(
      true,
    );
    expect(isStorable(308, html)).toBe(false);
    for (const status of [201, 301, 302, 307, 400, 429, 500, 503])
      expect(isStorable(status, html), String(status)).toBe(false);
    expect(isStorable(200, { ...html, "set-cookie": ["a=1"] })).toBe(false);
  });

  it("keeps only a whole HTML document meant for everyone", () => {
    const html = { "content-type": "text/html; charset=utf-8" };
    // Next's own Vary names the request headers the cache never answers.
    expect(
      isStorable(200, {
        ...html,
        vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
        "cache-control": "public, max-age=0, must-revalidate",
      }),
    ).toBe(true);
    for (const headers of [
      {},
      { "content-type": "application/json" },
      { "content-type": "text/x-component" },
      { "content-type": "text/plain" },
      { ...html, "cache-control": "private, no-store" },
      { ...html, "cache-control": "no-store" },
      { ...html, "cache-control": ["public", "private"] },
      { ...html, vary: "Cookie" },
      { ...html, vary: "Accept-Encoding, User-Agent" },
      { ...html, vary: "*" },
    ])
      expect(isStorable(200, headers), JSON.stringify(headers)).toBe(false);
  });
});

const placeholder = "PLACEHOLDERplaceholder1==";

function rendered(html: string, headers: Record<string, unknown> = {}) {
  return { status: 200, headers, body: Buffer.from(html) };
}

describe("each answer's nonce", () => {
  it("replaces exactly the placeholder, and no nonce the page's own text holds", () => {
    const entry = toEntry(
      rendered(
        `<script nonce="${placeholder}">go()</script><p>nonce="copied-by-an-author"</p><style nonce="${placeholder}"></style>`,
        {
          "content-security-policy": `script-src 'nonce-${placeholder}'`,
          "content-type": "text/html",
          etag: '"abc"',
          date: "yesterday",
        },
      ),
      placeholder,
      "v1",
    );
    const first = withNonce(entry, placeholder, "first");
    const second = withNonce(entry, placeholder, "second");
    expect(first.body.toString()).toBe(
      `<script nonce="first">go()</script><p>nonce="copied-by-an-author"</p><style nonce="first"></style>`,
    );
    expect(second.body.toString()).toContain(`<script nonce="second">`);
    expect(second.body.toString()).not.toContain(placeholder);
    // The policy, date and tag belong to one response: each answer gets its own.
    expect(first.headers).toEqual([["content-type", "text/html"]]);
  });

  it("keeps a page without the placeholder as it is", () => {
    const entry = toEntry(rendered("<p>plain</p>"), placeholder, "v1");
    expect(withNonce(entry, placeholder, "n").body.toString()).toBe(
      "<p>plain</p>",
    );
  });
});

describe("gzipped answers", () => {
  // As long as the placeholder, as every nonce is.
  const nonceOfItsLength = () => "n".repeat(placeholder.length);

  it("unzip to exactly the plain answer with its nonce, whatever the page holds", () => {
    fc.assert(
      fc.property(
        // A few characters, so that parts repeat each other's text as pages do, and sometimes a
        // NUL byte, the one thing that keeps a page plain.
        fc.array(
          fc.string({
            unit: fc.constantFrom("a", "b", "n", "<", ">", " ", "é"),
            maxLength: 3000,
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.boolean(),
        (texts, withNul) => {
          const html = texts.join(placeholder) + (withNul ? "\0" : "");
          const entry = toEntry(rendered(html), placeholder, "v1", {
            gzip: true,
          });
          const nonce = nonceOfItsLength();
          const plain = withNonce(entry, placeholder, nonce);
          const gzipped = withNonce(entry, placeholder, nonce, { gzip: true });
          expect(gzipped.gzipped).toBe(!withNul);
          const unzipped = gzipped.gzipped
            ? zlib.gunzipSync(gzipped.body)
            : gzipped.body;
          expect(unzipped.equals(plain.body)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("are about as small as the whole answer gzipped, a few bytes more for each nonce", () => {
    // A results page's shape: a script with the nonce before each result's markup.
    const html = Array.from(
      { length: 25 },
      (_, i) =>
        `<script nonce="${placeholder}">self.__next_f.push([1,"result ${i}"])</script>` +
        `<li class="nhsuk-list-panel__item"><h3 class="nhsuk-heading-s"><a href="/examples/example-${i}">Example ${i}: a virtual ward for frail older people</a></h3>` +
        `<p class="nhsuk-body-s">Staff on the ward reported that patients went home sooner, with fewer readmissions within 30 days, and that families felt more involved in care.</p>` +
        `<dl class="nhsuk-summary-list"><div class="nhsuk-summary-list__row"><dt>Theme</dt><dd>Digital</dd></div><div class="nhsuk-summary-list__row"><dt>Setting</dt><dd>Acute</dd></div></dl></li>`,
    ).join("\n");
    const entry = toEntry(rendered(html), placeholder, "v1", { gzip: true });
    const nonce = nonceOfItsLength();
    const gzipped = withNonce(entry, placeholder, nonce, { gzip: true });
    const plain = withNonce(entry, placeholder, nonce);
    expect(gzipped.gzipped).toBe(true);
    expect(zlib.gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    expect(gzipped.body.length).toBeLessThan(plain.body.length / 4);
    // Each nonce costs the answer a few dozen bytes more than gzipping it whole.
    const nonces = entry.parts.length - 1;
    expect(gzipped.body.length).toBeLessThan(
      zlib.gzipSync(plain.body).length + 48 * nonces,
    );
  });

  it("are not made for an answer that is sent once, not kept", () => {
    const entry = toEntry(rendered(`<p>${placeholder}</p>`), placeholder, "v1");
    expect(entry.gzipParts).toBeNull();
    const answer = withNonce(entry, placeholder, nonceOfItsLength(), {
      gzip: true,
    });
    expect(answer.gzipped).toBe(false);
    expect(answer.body.toString()).toBe(`<p>${nonceOfItsLength()}</p>`);
  });

  it("are given only to clients that take gzip", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, GZIP;q=0.5")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("deflate, br")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

const entryOf = (bytes: number, version = "v1"): Entry => ({
  ...toEntry(rendered("x".repeat(bytes)), placeholder, version),
});

describe("the cache's memory and freshness", () => {
  it("answers a page only for the change version it was rendered at", () => {
    const cache = new HtmlCache(1_000_000);
    cache.set("/survey", entryOf(100, "v1"));
    expect(cache.get("/survey", "v1")).toBeDefined();
    expect(cache.get("/survey", "v2")).toBeUndefined();
    // While the database is down, the page as it was at the last version known to be current.
    expect(cache.getStale("/survey", "v1")).toBeDefined();
    expect(cache.getStale("/survey", "v0")).toBeUndefined();
  });

  it("does not answer a page past the time it said it changes at", () => {
    const cache = new HtmlCache(1_000_000);
    cache.set("/examples/home-first", { ...entryOf(100), until: 5_000 });
    cache.set("/survey", entryOf(100));
    expect(cache.get("/examples/home-first", "v1", () => 4_999)).toBeDefined();
    expect(
      cache.get("/examples/home-first", "v1", () => 5_000),
    ).toBeUndefined();
    // A page that changes only with the catalogue is answered whatever the time.
    expect(
      cache.get("/survey", "v1", () => Number.MAX_SAFE_INTEGER),
    ).toBeDefined();
  });

  it("never holds more bytes than it may, and evicts the least recently used first", () => {
    const one = entryOf(1000).bytes;
    const cache = new HtmlCache(one * 3);
    cache.set("/a", entryOf(1000));
    cache.set("/b", entryOf(1000));
    cache.set("/c", entryOf(1000));
    cache.get("/a", "v1");
    cache.set("/d", entryOf(1000));
    expect(cache.get("/b", "v1")).toBeUndefined();
    expect(cache.get("/a", "v1")).toBeDefined();
    expect(cache.stats()).toMatchObject({
      entries: 3,
      bytes: one * 3,
      evictions: 1,
    });
    // A page larger than the whole cache is not kept, and evicts nothing.
    cache.set("/huge", entryOf(one * 4));
    expect(cache.get("/huge", "v1")).toBeUndefined();
    expect(cache.stats().entries).toBe(3);
  });

  it("stays within its bound whatever is stored, replaced and read", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            key: fc.constantFrom("/a", "/b", "/c", "/d", "/e", "/f"),
            size: fc.integer({ min: 0, max: 5000 }),
            read: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        (steps) => {
          const cache = new HtmlCache(8000);
          for (const { key, size, read } of steps) {
            if (read) cache.get(key, "v1");
            else cache.set(key, entryOf(size));
            const { bytes, entries } = cache.stats();
            expect(bytes).toBeLessThanOrEqual(8000);
            expect(bytes).toBe(
              [...cache.entries.values()].reduce((sum, e) => sum + e.bytes, 0),
            );
            expect(entries).toBe(cache.entries.size);
          }
        },
      ),
    );
  });
});
