// Serves the production build. A small custom server instead of `next start`, for what `next start`
// cannot do: tell the app the real client address (rate limits), turn away requests Next would
// answer with a 500 or could be fooled by (request-checks.mjs), and stop gracefully.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { checkRequest, sendRefusal } from "./request-checks.mjs";

// `npm run serve` starts at once from an existing build; without one there is nothing to serve.
if (!fs.existsSync(path.join(import.meta.dirname, ".next", "BUILD_ID"))) {
  console.error(
    "There is no production build to serve. Run `npm run build` once first (or `npm start`, which builds and then serves).",
  );
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const shutdownTimeoutMs = 10_000;
const rules = {
  // Forwarded headers are believed only from a proxy of ours (and X-Forwarded-For only then too).
  trustProxy: process.env.TRUST_PROXY === "true",
  // The public address, as the app reads it in env.ts: forms posted from it are ours.
  siteHost: new URL(process.env.SITE_URL ?? `http://localhost:${port}`).host,
  // The same as serverActions.bodySizeLimit in next.config.ts. Next answers a larger form post
  // with a 500, so it is turned away here first with the status it deserves.
  bodyLimitBytes: 100 * 1024,
};

const app = next({
  dev: false,
  dir: import.meta.dirname,
  hostname: "localhost",
  port,
});
const handle = app.getRequestHandler();
await app.prepare();

let stopping = false;

const server = http.createServer((request, response) => {
  // Overwritten on every request, so a client cannot choose its own address.
  request.headers["x-client-ip"] = request.socket.remoteAddress ?? "unknown";
  if (stopping) response.setHeader("connection", "close");
  response.on("finish", () => {
    if (stopping) server.closeIdleConnections();
  });
  const refusal = checkRequest(request, rules);
  if (refusal) return sendRefusal(response, refusal);
  handle(request, response);
});

/** Closes the database the app opened: the SQLite files, or the PostgreSQL pool. */
async function closeDatabases() {
  await globalThis.databaseEngine?.close().catch(() => undefined);
  globalThis.databaseEngine = undefined;
}

/** Stops taking connections, lets requests in flight finish, then closes the database. */
function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(
    JSON.stringify({
      level: "info",
      msg: `${signal} received: finishing requests in flight`,
      time: Date.now(),
    }),
  );
  server.close(() => {
    void closeDatabases().then(() => process.exit(0));
  });
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    void closeDatabases().then(() => process.exit(1));
  }, shutdownTimeoutMs).unref();
}

process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));

server.listen(port, host, () => {
  console.log(`Ready on http://localhost:${port}`);
});
