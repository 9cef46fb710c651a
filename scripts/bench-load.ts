/**
 * `npm run bench:load`: the production build on a catalogue of 10,000 generated examples, driven
 * by autocannon (100 connections, 20 s a route) on a static file (the in-run ceiling), the search
 * API with rotating queries, the search page and an example page. Prints throughput, latency and
 * errors, and each route's throughput as a share of the static file's. With `-- --instances 2`,
 * the same on several instances over one PostgreSQL database behind a round-robin balancer.
 */
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import net from "node:net";
import autocannon from "autocannon";
import { testDatabaseKinds } from "@/db/testing";
import { startServer } from "@/e2e/server-process";

const size = 10_000;
const connections = 100;
const duration = Number(process.env.LOAD_SECONDS ?? 20);
const port = Number(process.env.LOAD_PORT ?? 3290);

type Route = { name: string; paths: string[] };

function rotating(paths: string[]) {
  let next = 0;
  return () => paths[next++ % paths.length] as string;
}

async function drive(baseURL: string, route: Route) {
  const nextPath = rotating(route.paths);
  return autocannon({
    url: baseURL,
    connections,
    duration,
    requests: [
      { setupRequest: (request) => ({ ...request, path: nextPath() }) },
    ],
  });
}

const instancesArg = process.argv.indexOf("--instances");
/** With --instances N: N servers over one PostgreSQL database, behind a round-robin balancer. */
const instances =
  instancesArg === -1 ? 0 : Number(process.argv[instancesArg + 1] ?? 2);

/**
 * A plain TCP round-robin balancer, as a load balancer in front of the instances would be: each
 * new connection goes to the next instance.
 */
function balance(listenPort: number, targets: number[]) {
  let next = 0;
  const balancer = net.createServer((incoming) => {
    const target = targets[next++ % targets.length]!;
    const outgoing = net.connect(target, "127.0.0.1");
    incoming.pipe(outgoing).pipe(incoming);
    const close = () => {
      incoming.destroy();
      outgoing.destroy();
    };
    incoming.on("error", close);
    outgoing.on("error", close);
  });
  return new Promise<net.Server>((resolve) =>
    balancer.listen(listenPort, "127.0.0.1", () => resolve(balancer)),
  );
}

// The embedded default, and the engine several instances can share.
const embedded = testDatabaseKinds.find((kind) => !kind.sharedByInstances)!;
const shared = testDatabaseKinds.find((kind) => kind.sharedByInstances)!;
// Named to every server, but each reads its database from `onDatabase`.
const unusedFile = path.join(os.tmpdir(), "load-bench-unused.db");

async function main() {
  if (instances > 0) {
    // The same run on one instance over the embedded engine first, in a process of its own.
    console.log(`One instance over ${embedded.label}, for comparison\n`);
    execFileSync(process.execPath, [...process.execArgv, __filename], {
      stdio: "inherit",
    });
    console.log(
      `\n${instances} instances over one ${shared.label} database, behind a round-robin balancer\n`,
    );
  }
  const kind = instances > 0 ? shared : embedded;
  const databases = await kind.start();
  const onDatabase = await databases.environment("load_bench");
  console.log(
    `Writing a catalogue of ${size.toLocaleString("en-GB")} examples to ${kind.label}${instances > 0 ? `, for ${instances} instances` : ""}…`,
  );
  // The catalogue is written through the app's own db/, pointed at this file or database.
  Object.assign(process.env, onDatabase);
  const { closeDatabase, prepareDatabase } = await import("@/db/core");
  // Imported only now: the app's settings are read once, when db/ is first loaded.
  const { benchmarkQueries, writeGeneratedCatalogue } =
    await import("@/db/search");
  await prepareDatabase();
  await writeGeneratedCatalogue(size);
  await closeDatabase();

  const servers = await Promise.all(
    Array.from({ length: Math.max(1, instances) }, (_, i) =>
      startServer(port + 1 + i, unusedFile, onDatabase),
    ),
  );
  const balancer =
    instances > 0
      ? await balance(
          port,
          servers.map((_, i) => port + 1 + i),
        )
      : null;
  const server = {
    baseURL: balancer ? `http://localhost:${port}` : servers[0]!.baseURL,
  };
  const queries = benchmarkQueries.map(({ q }) => encodeURIComponent(q));
  const routes: Route[] = [
    {
      name: "Static file",
      paths: ["/assets/images/nhsuk-icon-arrow-right.svg"],
    },
    { name: "Search API", paths: queries.map((q) => `/api/search?q=${q}`) },
    { name: "Search page", paths: queries.map((q) => `/examples?q=${q}`) },
    {
      name: "Example page",
      paths: Array.from({ length: 50 }, (_, i) => `/examples/bench-${i * 197}`),
    },
  ];

  try {
    // Every path once first, so the measured runs start warm.
    for (const route of routes)
      for (const pathname of route.paths) {
        const response = await fetch(server.baseURL + pathname);
        if (!response.ok)
          throw new Error(`${pathname} answered ${response.status}`);
        await response.arrayBuffer();
      }

    console.log(
      `${connections} connections, ${duration} s a route, Node ${process.version}, ${os.cpus().length} cores\n`,
    );
    const rows: string[][] = [];
    let ceiling = 0;
    const summary: Record<
      string,
      { rps: number; p99: number; errors: number }
    > = {};
    for (const route of routes) {
      const result = await drive(server.baseURL, route);
      const rps = result.requests.average;
      if (route.name === "Static file") ceiling = rps;
      const errors = result.errors + result.timeouts + result.non2xx;
      summary[route.name] = { rps, p99: result.latency.p99, errors };
      rows.push([
        route.name,
        Math.round(rps).toLocaleString("en-GB"),
        `${result.latency.p50} ms`,
        `${result.latency.p99} ms`,
        `${result.errors + result.timeouts} / ${result.non2xx}`,
        `${Math.round((rps / ceiling) * 100)}%`,
      ]);
    }

    const header = [
      "route",
      "req/s",
      "p50",
      "p99",
      "errors / non-2xx",
      "of static",
    ];
    const widths = header.map((title, column) =>
      Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
    );
    for (const row of [header, ...rows])
      console.log(
        row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  "),
      );

    const search = summary["Search API"];
    const totalErrors = Object.values(summary).reduce(
      (sum, r) => sum + r.errors,
      0,
    );
    console.log(
      [
        "",
        `Targets: no errors or non-2xx: ${totalErrors === 0 ? "met" : `NOT MET (${totalErrors})`}`,
        `         search p99 <= 100 ms: ${search && search.p99 <= 100 ? "met" : "NOT MET"} (${search?.p99} ms)`,
        `         search >= 40% of static: ${search && search.rps / ceiling >= 0.4 ? "met" : "NOT MET"} (${Math.round(((search?.rps ?? 0) / ceiling) * 100)}%)`,
      ].join("\n"),
    );
  } finally {
    balancer?.close();
    for (const instance of servers) instance.child.kill("SIGTERM");
    await Promise.all(servers.map((instance) => instance.exited));
    await databases.stop();
  }
}

void main();
