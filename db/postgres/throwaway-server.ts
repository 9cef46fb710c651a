import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { postgresBinaries } from "./binaries";

/**
 * A PostgreSQL server of its own for tests and benchmarks: a new cluster in a temporary folder,
 * listening on 127.0.0.1 and a free port (never a developer's 5432), with fsync off because its
 * data is thrown away. initdb refuses to run as root, so as root it runs as the `postgres` user.
 */
export type ThrowawayPostgres = {
  /** postgres://… for a database on this server. */
  url(database: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server and keeps its data, as an outage would; `resume` starts it again. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  stop(): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinaries();
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) =>
    asRoot
      ? execFileSync(
          "runuser",
          ["-u", "postgres", "--", path.join(bin, program), ...args],
          {
            stdio: "pipe",
          },
        )
      : execFileSync(path.join(bin, program), args, { stdio: "pipe" });
  const data = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-pg-"));
  if (asRoot) execFileSync("chown", ["postgres", data]);
  const cluster = path.join(data, "cluster");
  run("initdb", [
    "-D",
    cluster,
    "-A",
    "trust",
    "-U",
    "postgres",
    "-E",
    "UTF8",
    "--locale=C",
  ]);
  const port = await freePort();
  const start = () =>
    run("pg_ctl", [
      "-D",
      cluster,
      "-w",
      "-l",
      path.join(data, "server.log"),
      "-o",
      `-p ${port} -k ${data} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
      "start",
    ]);
  start();
  const url = (database: string) =>
    `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    url,
    async createDatabase(name) {
      const admin = new pg.Client({ connectionString: url("postgres") });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name.replaceAll('"', "")}"`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    async pause() {
      run("pg_ctl", ["-D", cluster, "-m", "fast", "-w", "stop"]);
    },
    async resume() {
      start();
    },
    async stop() {
      try {
        run("pg_ctl", ["-D", cluster, "-m", "immediate", "stop"]);
      } finally {
        fs.rmSync(data, { recursive: true, force: true });
      }
    },
  };
}
