// Serves the production build. A small custom server instead of `next start`, for two things
// `next start` cannot do: tell the app the real client address (rate limits), and stop gracefully.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";

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
// The same as serverActions.bodySizeLimit in next.config.ts. Next answers a larger form post with
// a 500, so it is turned away here first with the status it deserves.
const bodyLimitBytes = 100 * 1024;

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
  if (request.method === "POST") {
    const length = Number(request.headers["content-length"] ?? NaN);
    if (!Number.isFinite(length)) return refuse(response, 411);
    if (length > bodyLimitBytes) return refuse(response, 413);
  }
  handle(request, response);
});

const refusals = {
  411: "Your browser sent the form in a way this service does not accept. Go back and send it again.",
  413: "What you sent is too long. Go back, shorten your answers and send them again.",
};

/** A plain page for a post refused before it reaches the app; the connection closes after it. */
function refuse(response, status) {
  response.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    connection: "close",
  });
  response.end(
    `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Sorry, there is a problem – Find and share improvement examples</title></head><body><main><h1>Sorry, there is a problem</h1><p>${refusals[status]}</p></main></body></html>`,
  );
}

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
