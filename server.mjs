// Serves the production build. A small custom server instead of `next start`, for what `next start`
// cannot do: tell the app the real client address (rate limits), turn away requests Next would
// answer with a 500 or could be fooled by (server/request-checks.mjs), keep public pages in an
// HTML cache with a fresh nonce in every response (server/html-cache.mjs), answer from that cache
// while the database is down, shed load it cannot take (server/load-shedding.mjs), run a worker
// per core, and stop gracefully.
import cluster from "node:cluster";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { randomUUID } from "node:crypto";
import {
  beforeClose,
  catalogueSignals,
  moderatorSessionCookie,
  provideServerStats,
  recount,
  renderTokenHeader,
  takeChangeTime,
  takeRenderNotes,
} from "./server/bridge.mjs";
import {
  acceptsGzip,
  cacheKey,
  fallbackPages,
  HtmlCache,
  isStorable,
  placeholderHeader,
  publicPageCacheControl,
  toEntry,
  withNonce,
} from "./server/html-cache.mjs";
import { loadGate } from "./server/load-shedding.mjs";
import { checkRequest, sendRefusal } from "./server/request-checks.mjs";
import {
  contentSecurityPolicy,
  freshNonce,
  securityHeaders,
} from "./server/security-headers.mjs";

// `npm run serve` starts at once from an existing build; without one there is nothing to serve.
if (!fs.existsSync(path.join(import.meta.dirname, ".next", "BUILD_ID"))) {
  console.error(
    "There is no production build to serve. Run `npm run build` once first (or `npm start`, which builds and then serves).",
  );
  process.exit(1);
}

/** A whole-number setting from the environment, or its default; anything else stops the start. */
function setting(name, fallback, { min = 0 } = {}) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    console.error(
      `The app cannot start: ${name} must be a whole number of at least ${min} (it is "${raw}").`,
    );
    process.exit(1);
  }
  return value;
}

const port = setting("PORT", 3000);
const host = process.env.HOST ?? "0.0.0.0";
const shutdownTimeoutMs = 10_000;
const siteUrl = new URL(process.env.SITE_URL ?? `http://localhost:${port}`);
const rules = {
  // Forwarded headers are believed only from a proxy of ours (and X-Forwarded-For only then too).
  trustProxy: process.env.TRUST_PROXY === "true",
  // The public address, as the app reads it in env.ts: forms posted from it are ours.
  siteHost: siteUrl.host,
  // The same as serverActions.bodySizeLimit in next.config.ts. Next answers a larger form post
  // with a 500, so it is turned away here first with the status it deserves.
  bodyLimitBytes: 1024 * 1024,
  // Its holders never get a cached page.
  sessionCookie: moderatorSessionCookie,
};
// One worker unless asked: on 2 cores, a second worker served fewer pages, not more, because it
// competes with the first for the same cores (docs/decisions/0056).
const workers = setting("WEB_CONCURRENCY", 1, { min: 1 });

const log = (level, msg, fields = {}) =>
  console.log(JSON.stringify({ level, msg, ...fields, time: Date.now() }));

if (cluster.isPrimary && workers > 1) runPrimary();
else await runWorker();

/**
 * With WEB_CONCURRENCY above 1: the first worker starts alone (it migrates and seeds an empty
 * database), then the rest; all share the port. A worker that dies is replaced.
 */
function runPrimary() {
  let stopping = false;
  let listening = 0;
  const fork = () => cluster.fork({ CLUSTER_WORKER: "true" });
  cluster.on("listening", () => {
    listening += 1;
    if (listening === 1) for (let i = 1; i < workers; i++) fork();
    if (listening === workers)
      console.log(`Ready on http://localhost:${port} (${workers} workers)`);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0)
        process.exit(code === 0 ? 0 : 1);
      return;
    }
    log("error", "A worker stopped; starting another", {
      pid: worker.process.pid,
      code,
      signal,
    });
    fork();
  });
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {}))
      worker?.process.kill(signal);
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  fork();
}

async function runWorker() {
  const inCluster = process.env.CLUSTER_WORKER === "true";
  // A worker whose primary has gone (killed) must not go on serving alone.
  if (inCluster) process.on("disconnect", () => process.exit(1));

  const https = siteUrl.protocol === "https:";
  // This process's secret stand-in for a nonce: what cached pages hold until they are sent.
  const placeholder = freshNonce();
  const cacheMegabytes = setting("HTML_CACHE_MB", 128);
  const cache =
    cacheMegabytes > 0 ? new HtmlCache(cacheMegabytes * 1024 * 1024) : null;
  const staleIfErrorMs = setting("STALE_IF_ERROR_S", 300) * 1000;
  const retryAfterSeconds = 5;
  const gate = loadGate({
    maxActive: setting("MAX_CONCURRENT_REQUESTS", 8, { min: 1 }),
    maxQueued: setting("MAX_QUEUED_REQUESTS", 24),
  });
  /** The fallback pages, rendered once at start. */
  const fallbacks = new Map();
  /** The last change version known to be current, and when: how stale answers are bounded. */
  let lastCurrent = { version: "", at: 0 };
  /**
   * The kept pages being rendered, by version and key, each with what its followers do with the
   * answer: a request for a page already being rendered waits for that render instead of starting
   * its own. After a change every kept page is a miss at once; without this, a busy page would be
   * rendered by every request that came for it meanwhile, and visitors turned away while it was.
   *
   * @type {Map<string, ((entry: import("./server/html-cache.mjs").Entry | null) => void)[]>}
   */
  const rendering = new Map();

  const app = next({
    dev: false,
    dir: import.meta.dirname,
    hostname: "localhost",
    port,
  });
  const nextHandler = app.getRequestHandler();
  await app.prepare();
  /**
   * Next's work under way, whether or not its client is still there: a render or a form's action
   * goes on after its visitor leaves, so the database closes only once it is done.
   *
   * @type {Set<Promise<unknown>>}
   */
  const working = new Set();
  /** Has Next answer a request, counting the work until it ends. */
  function handle(request, response) {
    const work = Promise.resolve(nextHandler(request, response)).catch(
      () => undefined,
    );
    working.add(work);
    void work.finally(() => working.delete(work));
  }

  let stopping = false;

  provideServerStats(() => ({
    // Which worker answered: each keeps its own cache and counts.
    worker: process.pid,
    htmlCache: cache ? cache.stats() : { enabled: false },
    load: gate.stats(),
  }));

  /**
   * The catalogue's change version, or null before the app has said how to read it or if reading
   * it fails (then nothing is kept or answered from the cache).
   */
  function currentVersion() {
    try {
      return catalogueSignals()?.version() ?? null;
    } catch {
      return null;
    }
  }

  /** The time by the app's clock (tests may set it), in milliseconds since 1970. */
  function appTime() {
    try {
      return catalogueSignals()?.now() ?? Date.now();
    } catch {
      return Date.now();
    }
  }

  /**
   * Whether each request takes gzip, read when it arrives: a render is asked for without
   * compression (the cache keeps plain bytes), and answered afterwards.
   *
   * @type {WeakMap<http.IncomingMessage, boolean>}
   */
  const takesGzip = new WeakMap();

  /** Writes a kept page with a fresh nonce and the policy that names it, gzipped if taken. */
  function sendEntry(request, response, entry, extraHeaders = {}) {
    const nonce = freshNonce();
    const { body, headers, gzipped } = withNonce(entry, placeholder, nonce, {
      gzip: takesGzip.get(request) ?? false,
    });
    for (const [name, value] of headers) response.appendHeader(name, value);
    const vary = [response.getHeader("vary") ?? []].flat().join(", ");
    const policy = contentSecurityPolicy(nonce, { development: false, https });
    for (const [name, value] of Object.entries({
      ...securityHeaders(policy, { https }),
      ...extraHeaders,
      ...(/\baccept-encoding\b/i.test(vary)
        ? {}
        : { vary: vary ? `${vary}, Accept-Encoding` : "Accept-Encoding" }),
      ...(gzipped ? { "content-encoding": "gzip" } : {}),
      "content-length": String(body.length),
    }))
      response.setHeader(name, value);
    response.writeHead(entry.status);
    response.end(request.method === "HEAD" ? undefined : body);
  }

  /** 503 with Retry-After: a fallback page for a document, a JSON error for the API. */
  function sendUnavailable(request, response, page) {
    const json = (request.url ?? "").startsWith("/api");
    const entry = fallbacks.get(page);
    const headers = { "retry-after": String(retryAfterSeconds) };
    if (!json && entry) return sendEntry(request, response, entry, headers);
    const message =
      page === fallbackPages.busy
        ? "The service is busy. Try again in a few seconds."
        : "The service is unavailable at the moment. Try again in a few minutes.";
    sendRefusal(response, { status: 503, message, json, headers });
  }

  /**
   * Lets Next render into memory instead of the socket, then calls `done` with what it wrote.
   * The response's own methods are put back before `done`, which writes the answer.
   */
  function capture(response, done) {
    const own = {
      writeHead: response.writeHead,
      write: response.write,
      end: response.end,
      flushHeaders: response.flushHeaders,
    };
    const chunks = [];
    const keep = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function")
        return;
      chunks.push(
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
          : Buffer.from(chunk),
      );
    };
    response.writeHead = function (status, reason, headers) {
      response.statusCode = status;
      const given = typeof reason === "object" ? reason : headers;
      if (Array.isArray(given))
        for (let i = 0; i < given.length; i += 2)
          response.setHeader(given[i], given[i + 1]);
      else if (given)
        for (const [name, value] of Object.entries(given))
          response.setHeader(name, value);
      return response;
    };
    response.flushHeaders = () => undefined;
    response.write = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      const then = typeof encoding === "function" ? encoding : callback;
      if (then) process.nextTick(then);
      return true;
    };
    response.end = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      Object.assign(response, own);
      const rendered = {
        status: response.statusCode,
        headers: response.getHeaders(),
        body: Buffer.concat(chunks),
      };
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      const then = [chunk, encoding, callback].find(
        (part) => typeof part === "function",
      );
      if (then) response.once("finish", then);
      done(rendered);
      return response;
    };
  }

  /**
   * Answers from the cache, or with the render of the same page already under way: whether it
   * could. A follower whose render could not be shared (an error, a cookie) asks for the page
   * again on its own.
   */
  function answerKept(request, response, key, version) {
    if (key === null || version === null || !cache) return false;
    const entry = cache.get(key, version, appTime);
    if (entry) {
      lastCurrent = { version, at: Date.now() };
      if (entry.notes && request.method === "GET")
        recount(entry.notes, request.headers);
      cache.count("hits");
      sendEntry(request, response, entry, { "x-cache": "hit" });
      return true;
    }
    const followers = rendering.get(`${version}\n${key}`);
    if (!followers) return false;
    followers.push((shared) => {
      if (!shared) return answer(request, response, { alone: true });
      if (shared.notes && request.method === "GET")
        recount(shared.notes, request.headers);
      cache.count("hits");
      sendEntry(request, response, shared, { "x-cache": "hit" });
    });
    return true;
  }

  /** Renders a public page with the placeholder, answers it, and keeps it if it may be kept. */
  function renderPage(request, response, key, version) {
    cache?.count("misses");
    request.headers[placeholderHeader] = placeholder;
    giveNonce(request, response, placeholder);
    // Next marks every page it renders per request "private, no-store" unless the response says
    // otherwise already. A public page says so here; what Next answers for one visitor (a
    // middleware prefetch, an error) still replaces it with "private", and is never kept.
    response.setHeader("cache-control", publicPageCacheControl);
    const token = randomUUID();
    request.headers[renderTokenHeader] = token;
    // The cache keeps plain bytes, to put each response's nonce in.
    delete request.headers["accept-encoding"];
    const id = `${version}\n${key}`;
    /** @type {((entry: import("./server/html-cache.mjs").Entry | null) => void)[]} */
    const followers = [];
    if (cache && version !== null && !rendering.has(id))
      rendering.set(id, followers);
    let settled = false;
    /** Gives the followers this render's answer, or null to ask on their own; once. */
    const settle = (entry) => {
      if (settled) return;
      settled = true;
      if (rendering.get(id) === followers) rendering.delete(id);
      for (const follow of followers) follow(entry);
    };
    // A render whose client has gone may never finish writing.
    response.once("close", () => settle(null));
    capture(response, (rendered) => {
      rendered.notes = takeRenderNotes(token);
      rendered.changesAt = takeChangeTime(token);
      void answerRendered(request, response, key, version, rendered, settle)
        .catch(() => {
          if (!response.headersSent)
            sendUnavailable(request, response, fallbackPages.unavailable);
        })
        .finally(() => settle(null));
    });
    handle(request, response);
  }

  async function answerRendered(
    request,
    response,
    key,
    version,
    rendered,
    settle,
  ) {
    if (Object.values(fallbackPages).includes(key)) {
      fallbacks.set(key, toEntry(rendered, placeholder, "", { gzip: true }));
      return sendEntry(request, response, fallbacks.get(key));
    }
    if (rendered.status >= 500) {
      // While the database cannot be reached, the page as it was when it last answered.
      const stale =
        cache && Date.now() - lastCurrent.at <= staleIfErrorMs
          ? cache.getStale(key, lastCurrent.version)
          : undefined;
      if (stale)
        return sendEntry(request, response, stale, { "x-cache": "stale" });
      if (!(await catalogueSignals()?.reachable()))
        return sendUnavailable(request, response, fallbackPages.unavailable);
    }
    const storable = isStorable(rendered.status, rendered.headers);
    // Compressed only when it may be kept or shared: an answer sent once is sent plain.
    const entry = toEntry(rendered, placeholder, version ?? "", {
      gzip: cache !== null && storable,
    });
    // A page that reads differently from a time on (a review falling due) is kept until then.
    if (rendered.changesAt !== undefined) entry.until = rendered.changesAt;
    if (
      cache &&
      version !== null &&
      storable &&
      // Kept only if nothing changed while it rendered; otherwise it may already be out of date.
      currentVersion() === version
    ) {
      cache.set(key, entry);
      lastCurrent = { version, at: Date.now() };
    }
    // What the render counted (a search), to count again on each hit and for each follower.
    if (rendered.notes.length > 0) entry.notes = rendered.notes;
    // Those who asked while it rendered get it too: they asked at the version it was rendered at.
    settle(storable ? entry : null);
    sendEntry(request, response, entry, { "x-cache": "miss" });
  }

  /**
   * Answers a GET that is not kept (the API, or a page asked for by something other than a
   * person's navigation) as Next writes it, unless it fails while the database cannot be reached:
   * then 503 with Retry-After, in JSON for the API and as the unavailable page otherwise. An API
   * failure otherwise is answered in JSON as it was; a page's, with Next's own error page. Only
   * the status is looked at, so a good answer streams through untouched.
   */
  function answerChecked(request, response) {
    const json = (request.url ?? "").startsWith("/api");
    const own = {
      writeHead: response.writeHead,
      write: response.write,
      end: response.end,
    };
    // Decided once, at the first write. The methods stay wrapped (Next's compression wraps them
    // in turn, so they cannot simply be put back) and pass every call on once decided.
    let failed = null;
    let passing = false;
    /** A failed page's own answer, kept in case the database is there after all. */
    const failedBody = [];
    const passes = (status) => {
      if (passing) return true;
      if (failed !== null) return false;
      if (status < 500) passing = true;
      else failed = status;
      return passing;
    };
    const keep = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function")
        return;
      failedBody.push(
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
          : Buffer.from(chunk),
      );
    };
    response.writeHead = function (status, ...rest) {
      if (passes(status)) return own.writeHead.call(response, status, ...rest);
      return response;
    };
    response.write = function (chunk, encoding, callback) {
      if (passes(response.statusCode))
        return own.write.call(response, chunk, encoding, callback);
      keep(chunk, encoding);
      const then = typeof encoding === "function" ? encoding : callback;
      if (then) process.nextTick(then);
      return true;
    };
    response.end = function (chunk, encoding, callback) {
      if (passes(response.statusCode))
        return own.end.call(response, chunk, encoding, callback);
      keep(chunk, encoding);
      // Next's compression, if it wrapped these, has nothing to compress: the error is written
      // with the response's own methods.
      Object.assign(response, own);
      const headers = response.getHeaders();
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      void (catalogueSignals()?.reachable() ?? Promise.resolve(true))
        .catch(() => false)
        .then((reachable) => {
          if (!reachable)
            return sendUnavailable(
              request,
              response,
              fallbackPages.unavailable,
            );
          if (json)
            return sendRefusal(response, {
              status: failed,
              message: "Sorry, there is a problem with the service.",
              json: true,
              headers: {},
            });
          // The database is there: the failure is Next's to tell, as it wrote it.
          // Sent as Next wrote it (compressed, if it compressed it), with its length now known.
          delete headers["content-length"];
          delete headers["transfer-encoding"];
          const body = Buffer.concat(failedBody);
          response.writeHead(failed, {
            ...headers,
            "content-length": String(body.length),
          });
          response.end(request.method === "HEAD" ? undefined : body);
        });
      return response;
    };
    handle(request, response);
  }

  /**
   * Gives Next this response's nonce as proxy.ts would (the request's `x-nonce`, read by the
   * layout, and its Content-Security-Policy, read by Next for its own scripts), and the response
   * the security headers that name it. proxy.ts runs only where a status depends on the
   * database: running it costs a page about a third of its render, and a file three times what
   * serving it does. Where it does run, its nonce replaces this one in both places.
   */
  function giveNonce(request, response, nonce = freshNonce()) {
    const policy = contentSecurityPolicy(nonce, { development: false, https });
    request.headers["x-nonce"] = nonce;
    request.headers["content-security-policy"] = policy;
    for (const [name, value] of Object.entries(
      securityHeaders(policy, { https }),
    ))
      response.setHeader(name, value);
  }

  // Next's built files and the NHS.UK assets, and the health check: answered at once, however
  // busy the server is.
  const unqueued = (pathname) =>
    pathname.startsWith("/_next/static/") ||
    pathname.startsWith("/assets/") ||
    pathname === "/api/health";

  /**
   * Answers a request. `alone`: it followed a render that could not be shared, so it does not
   * follow another.
   */
  function answer(request, response, { alone = false } = {}) {
    // Overwritten on every request, so a client cannot choose its own address or placeholder.
    request.headers["x-client-ip"] = request.socket.remoteAddress ?? "unknown";
    if (!takesGzip.has(request))
      takesGzip.set(request, acceptsGzip(request.headers["accept-encoding"]));
    delete request.headers[placeholderHeader];
    delete request.headers[renderTokenHeader];
    if (stopping) response.setHeader("connection", "close");
    response.on("finish", () => {
      if (stopping) server.closeIdleConnections();
    });
    const refusal = checkRequest(request, rules);
    if (refusal) return sendRefusal(response, refusal);
    const pathname = (request.url ?? "/").split("?")[0] ?? "/";
    if (unqueued(pathname)) {
      giveNonce(request, response);
      return handle(request, response);
    }

    const key = cacheKey(request, rules);
    const version = key !== null ? currentVersion() : null;
    if (!alone && answerKept(request, response, key, version)) return;

    const admitted = gate.enter(
      (finished) => {
        response.once("close", finished);
        if (key !== null && request.method === "GET") {
          // While this waited its turn, the page may have been rendered, or begun.
          if (!alone && answerKept(request, response, key, version))
            return finished();
          return renderPage(request, response, key, version);
        }
        giveNonce(request, response);
        if (request.method === "GET" || request.method === "HEAD")
          answerChecked(request, response);
        else handle(request, response);
      },
      () => request.socket.destroyed,
    );
    if (!admitted) sendUnavailable(request, response, fallbackPages.busy);
  }

  const server = http.createServer(answer);

  /** Renders the busy and unavailable pages once, through this worker alone. */
  async function renderFallbacks(address) {
    for (const page of Object.values(fallbackPages))
      await new Promise((resolve) => {
        http
          .get(
            `http://127.0.0.1:${address.port}${page}`,
            // Asked for as a browser asks for a page: only such a request is kept.
            { headers: { accept: "text/html" } },
            (answer) => {
              answer.resume();
              answer.on("end", resolve);
            },
          )
          .on("error", resolve);
      });
  }

  /** Closes the database the app opened: the SQLite files, or the PostgreSQL pool. */
  async function closeDatabases() {
    // Search counts not yet written go first.
    await beforeClose().catch(() => undefined);
    await globalThis.databaseEngine?.close().catch(() => undefined);
    globalThis.databaseEngine = undefined;
  }

  /**
   * Stops taking connections, lets requests in flight finish (and Next's work for clients that
   * have left), then closes the database.
   */
  function stop(signal) {
    if (stopping) return;
    stopping = true;
    log("info", `${signal} received: finishing requests in flight`);
    server.close(() => {
      void Promise.all([...working])
        .then(closeDatabases)
        .then(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      void closeDatabases().then(() => process.exit(1));
    }, shutdownTimeoutMs).unref();
  }

  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  // Once a second, whether the version the kept pages were last confirmed at is still current:
  // when the database stops answering, stale pages are then served for STALE_IF_ERROR_S from
  // about when it stopped, however quiet the site was before.
  setInterval(() => {
    if (stopping) return;
    if (lastCurrent.version && currentVersion() === lastCurrent.version)
      lastCurrent.at = Date.now();
  }, 1000).unref();

  // The cache's counts in the log once a minute, when they have moved.
  let logged = "";
  setInterval(() => {
    const stats = JSON.stringify(cache?.stats() ?? {});
    if (stats === logged || !cache) return;
    logged = stats;
    log("info", "HTML cache", {
      event: "html-cache.stats",
      ...cache.stats(),
      shed: gate.stats().shed,
    });
  }, 60_000).unref();

  // A listener of this worker's own, never shared with other workers, to render its fallbacks.
  const own = http.createServer(answer);
  await new Promise((resolve) =>
    own.listen({ port: 0, host: "127.0.0.1", exclusive: true }, resolve),
  );
  await renderFallbacks(own.address());
  own.close();

  server.listen(port, host, () => {
    if (!inCluster) console.log(`Ready on http://localhost:${port}`);
  });
}
