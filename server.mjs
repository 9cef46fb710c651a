// Serves the production build. A small custom server instead of `next start`, for two things
// `next start` cannot do: tell the app the real client address (rate limits), and stop gracefully.
import http from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const shutdownTimeoutMs = 10_000;

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
  handle(request, response);
});

function closeDatabases() {
  for (const database of globalThis.openDatabases?.values() ?? []) {
    database.$client.close();
  }
  globalThis.openDatabases?.clear();
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
    closeDatabases();
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    closeDatabases();
    process.exit(1);
  }, shutdownTimeoutMs).unref();
}

process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));

server.listen(port, host, () => {
  console.log(`Ready on http://localhost:${port}`);
});
