/**
 * `npm run bench:load`: the production build on a catalogue of 10,000 generated examples, driven
 * by autocannon at 100 and then 400 connections (10 s a route, or LOAD_SECONDS) on a static file
 * (the in-run ceiling), example, theme, home and search pages and the search API, first with the
 * HTML cache (the default) and then without it (HTML_CACHE_MB=0: what a page costs afresh); then
 * the search API on two servers at once, one counting searches and one with SEARCH_INSIGHTS=off,
 * driven in turn.
 * Every route is driven by autocannon and, when it is installed (`apt-get install wrk`), again by
 * wrk, a load generator in C, as a peer. Prints answered requests a second, latency, 503s shed,
 * timeouts and other errors, and each row's share of the static file's in the same run. With
 * `-- --instances 2`, the same on several instances over one PostgreSQL database behind a
 * round-robin balancer, and a publish and a withdraw made under load, timed until every instance
 * shows them.
 */
import { execFile, execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import { promisify } from "node:util";
import path from "node:path";
import net from "node:net";
import autocannon from "autocannon";
// The engines' test databases straight from their folders: "@/db/testing" would load the app's
// settings now, before DATABASE_PATH names the benchmark's own file, and write to the real one.
import { postgresDatabases } from "@/db/postgres/testing";
import { sqliteDatabases } from "@/db/sqlite/testing";
import { startServer } from "@/e2e/server-process";

const size = 10_000;
const levels = [100, 400];
/**
 * What every request sends, as a browser opening a page does: the HTML cache answers nothing
 * else (decision 62), and a static file or the API do not mind.
 */
const asBrowser = {
  accept:
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
};

const duration = Number(process.env.LOAD_SECONDS ?? 10);
const port = Number(process.env.LOAD_PORT ?? 3290);

/** A route and its paths, driven in turn; `kept` if its pages may be kept in the HTML cache. */
type Route = { name: string; paths: string[]; kept?: true };

function rotating(paths: string[]) {
  let next = 0;
  return () => paths[next++ % paths.length] as string;
}

async function drive(
  baseURL: string,
  route: Route,
  connections: number,
  seconds = duration,
) {
  const nextPath = rotating(route.paths);
  return autocannon({
    url: baseURL,
    connections,
    duration: seconds,
    headers: asBrowser,
    requests: [
      { setupRequest: (request) => ({ ...request, path: nextPath() }) },
    ],
  });
}

/** What one route at one number of connections gave, whichever generator drove it. */
type Measured = {
  /** 2xx answers a second. */
  answered: number;
  shed: number;
  timeouts: number;
  otherErrors: number;
  p50: number;
  p99: number;
};

/** autocannon, in this process. */
async function measureWithAutocannon(
  baseURL: string,
  route: Route,
  connections: number,
): Promise<Measured> {
  const result = await drive(baseURL, route, connections);
  const shed =
    (result.statusCodeStats as Record<string, { count: number }>)["503"]
      ?.count ?? 0;
  return {
    answered: result["2xx"] / duration,
    shed,
    timeouts: result.timeouts,
    otherErrors: result.errors + result.non2xx - shed,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/**
 * wrk, a load generator in C, as a peer: the same paths in turn (a Lua script), its two threads,
 * the same 10 s timeout as autocannon's. Its script counts 503s apart from other failures.
 */
async function measureWithWrk(
  baseURL: string,
  route: Route,
  connections: number,
): Promise<Measured> {
  const script = path.join(os.tmpdir(), `load-bench-${process.pid}.lua`);
  writeFileSync(
    script,
    `local paths = { ${route.paths.map((pathname) => JSON.stringify(pathname)).join(", ")} }
local threads = {}
local next = 0
function setup(thread) table.insert(threads, thread) end
function init() shed = 0; failed = 0 end
function request()
  next = next % #paths + 1
  return wrk.format("GET", paths[next], { ["Accept"] = ${JSON.stringify(asBrowser.accept)} })
end
function response(status)
  if status == 503 then shed = shed + 1 elseif status > 399 then failed = failed + 1 end
end
function done(summary, latency)
  local s, f = 0, 0
  for _, thread in ipairs(threads) do
    s = s + thread:get("shed")
    f = f + thread:get("failed")
  end
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d\\n", s, f, e.timeout,
    e.connect + e.read + e.write, latency:percentile(50), latency:percentile(99)))
end
`,
  );
  // Not execFileSync: with --instances the balancer runs in this process and must keep answering.
  const { stdout: output } = await promisify(execFile)("wrk", [
    "-t2",
    `-c${connections}`,
    `-d${duration}s`,
    "--timeout",
    "10s",
    "-s",
    script,
    baseURL,
  ]);
  const requests = Number(/(\d+) requests in/.exec(output)?.[1] ?? 0);
  const [shed, failed, timeouts, socketErrors, p50, p99] = (
    /RESULT (.*)/.exec(output)?.[1] ?? ""
  )
    .split(" ")
    .map(Number) as [number, number, number, number, number, number];
  return {
    answered: (requests - shed - failed) / duration,
    shed,
    timeouts,
    otherErrors: failed + socketErrors,
    p50: Math.round(p50 / 1000),
    p99: Math.round(p99 / 1000),
  };
}

/** wrk runs too when it is installed (`apt-get install wrk`). */
function wrkInstalled() {
  try {
    execFileSync("wrk", ["--version"], { stdio: "ignore" });
    return true;
  } catch (error) {
    // wrk prints its usage and exits 1 when asked for its version; only a missing binary fails.
    return (error as NodeJS.ErrnoException).code !== "ENOENT";
  }
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

/** Asks `pathname` of each server in turn until `seen` holds on all, or 10 s: how long it took. */
async function untilEveryInstance(
  baseURLs: string[],
  pathname: string,
  seen: (status: number) => boolean,
): Promise<number | null> {
  const start = performance.now();
  for (const baseURL of baseURLs)
    for (;;) {
      const response = await fetch(baseURL + pathname, { headers: asBrowser });
      await response.arrayBuffer();
      if (seen(response.status)) break;
      if (performance.now() - start > 10_000) return null;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  return Math.round(performance.now() - start);
}

/**
 * With several instances: while the cached example pages take 100 connections through the
 * balancer, an example is published and another withdrawn (as a moderator would, through db/),
 * each timed until every instance answers its page with the change (200, then 410). Both pages
 * were asked for on every instance before, so each was kept there (the new one as a 404).
 */
async function changesUnderLoad(
  baseURL: string,
  instanceURLs: string[],
  examplePages: Route,
) {
  const { insertTestExample, insertTestModerator } =
    await import("@/db/testing");
  const { approveSubmission, withdrawExample } =
    await import("@/db/moderation");
  const { findExampleRoute, slugify } = await import("@/db/catalogue");
  const { closeDatabase } = await import("@/db/core");
  const moderator = await insertTestModerator("Load benchmark");
  const title = `Published under load ${Date.now()}`;
  const pending = await insertTestExample({ title, status: "pending" });
  // Not one of the pages under load, whose answers should stay 200.
  const toWithdraw = await findExampleRoute("bench-1");
  if (toWithdraw.kind !== "published")
    throw new Error("bench-1 is not a published example");
  const [newPage, withdrawnPage] = [
    `/examples/${slugify(title)}`,
    `/examples/bench-1`,
  ];
  for (const instanceURL of instanceURLs)
    for (const pathname of [newPage, withdrawnPage])
      await (
        await fetch(instanceURL + pathname, { headers: asBrowser })
      ).arrayBuffer();

  const nextPath = rotating(examplePages.paths);
  const load = autocannon(
    {
      url: baseURL,
      connections: 100,
      duration: 60,
      headers: asBrowser,
      requests: [
        { setupRequest: (request) => ({ ...request, path: nextPath() }) },
      ],
    },
    () => {},
  );
  const loadDone = new Promise((resolve) => load.once("done", resolve));
  try {
    // The load well under way first.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const published = await approveSubmission({
      id: pending.id,
      moderatorId: moderator.id,
    });
    if (!published.ok || `/examples/${published.slug}` !== newPage)
      throw new Error(`The publish gave ${JSON.stringify(published)}`);
    const publishSeen = await untilEveryInstance(
      instanceURLs,
      newPage,
      (status) => status === 200,
    );
    await withdrawExample({
      id: toWithdraw.example.id,
      moderatorId: moderator.id,
      reason: "Withdrawn by the load benchmark",
    });
    const withdrawSeen = await untilEveryInstance(
      instanceURLs,
      withdrawnPage,
      (status) => status === 410,
    );
    return { publishSeen, withdrawSeen };
  } finally {
    load.stop();
    await loadDone;
    // This process's own connection and LISTEN: left open, the LISTEN would try to reconnect for
    // ever once PostgreSQL stops, and the benchmark would never exit.
    await closeDatabase();
  }
}

// The embedded default, and the engine several instances can share.
const embedded = sqliteDatabases;
const shared = postgresDatabases;
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
  if (
    await import("@/env").then(
      ({ env }) =>
        env.DATABASE_PATH !==
        path.resolve(onDatabase.DATABASE_PATH ?? env.DATABASE_PATH),
    )
  )
    throw new Error(
      "The app's settings were read before the benchmark named its database",
    );
  const { closeDatabase, prepareDatabase } = await import("@/db/core");
  // Imported only now: the app's settings are read once, when db/ is first loaded.
  const { benchmarkQueries, writeGeneratedCatalogue } =
    await import("@/db/search");
  await prepareDatabase();
  await writeGeneratedCatalogue(size);
  await closeDatabase();

  const queries = benchmarkQueries.map(({ q }) => encodeURIComponent(q));
  const pages: Route[] = [
    {
      name: "Example page",
      kept: true,
      paths: Array.from({ length: 50 }, (_, i) => `/examples/bench-${i * 197}`),
    },
    {
      name: "Theme page",
      kept: true,
      paths: [
        "digital",
        "workforce-and-training",
        "health-inequalities",
        "patient-flow",
      ].map((theme) => `/themes/${theme}`),
    },
    { name: "Home page", paths: ["/"], kept: true },
    {
      name: "Search page",
      paths: queries.map((q) => `/examples?q=${q}`),
      kept: true,
    },
    { name: "Search API", paths: queries.map((q) => `/api/search?q=${q}`) },
  ];
  const staticFile: Route = {
    name: "Static file",
    paths: ["/assets/images/nhsuk-icon-arrow-right.svg"],
  };
  // The same server twice: with its HTML cache (the default), and with the cache off, which is
  // what every page costs the first time after a change.
  const phases: { label: string; environment: Record<string, string> }[] = [
    { label: "cached", environment: {} },
    { label: "uncached", environment: { HTML_CACHE_MB: "0" } },
  ];

  console.log(
    `${levels.join(" and ")} connections, ${duration} s a route, Node ${process.version}, ${os.cpus().length} cores\n`,
  );
  const rows: string[][] = [];
  /** Connections, and search API answers with insights on and off in the same time. */
  const insightsSideBySide: [number, number, number][] = [];
  /** With --instances: how long a publish and a withdraw took to show on every instance. */
  let changesSeen: Awaited<ReturnType<typeof changesUnderLoad>> | null = null;
  const results: ({
    generator: string;
    phase: string;
    route: string;
    connections: number;
    share: number;
  } & Measured)[] = [];
  // autocannon always; wrk beside it when installed, as the peer the issue asks for.
  const generators = ["autocannon", ...(wrkInstalled() ? ["wrk"] : [])];
  if (generators.length === 1)
    console.log(
      "wrk is not installed (apt-get install wrk): measuring with autocannon alone\n",
    );
  try {
    for (const phase of phases) {
      const servers = await Promise.all(
        Array.from({ length: Math.max(1, instances) }, (_, i) =>
          startServer(port + 1 + i, unusedFile, {
            ...onDatabase,
            ...phase.environment,
          }),
        ),
      );
      const balancer =
        instances > 0
          ? await balance(
              port,
              servers.map((_, i) => port + 1 + i),
            )
          : null;
      const baseURL = balancer
        ? `http://127.0.0.1:${port}`
        : servers[0]!.baseURL;
      try {
        const routes = [staticFile, ...pages];
        // Every path once first, so the measured runs start warm (and, cached, kept).
        for (const route of routes)
          for (const pathname of route.paths) {
            const response = await fetch(baseURL + pathname, {
              headers: asBrowser,
            });
            if (!response.ok)
              throw new Error(`${pathname} answered ${response.status}`);
            await response.arrayBuffer();
          }
        for (const generator of generators)
          for (const connections of levels) {
            let ceiling = 0;
            for (const route of routes) {
              const measured =
                generator === "wrk"
                  ? await measureWithWrk(baseURL, route, connections)
                  : await measureWithAutocannon(baseURL, route, connections);
              if (route === staticFile) ceiling = measured.answered;
              const share = measured.answered / ceiling;
              results.push({
                generator,
                phase: phase.label,
                route: route.name,
                connections,
                share,
                ...measured,
              });
              rows.push([
                generator,
                route.kept ? `${route.name}, ${phase.label}` : route.name,
                String(connections),
                Math.round(measured.answered).toLocaleString("en-GB"),
                `${measured.p50} ms`,
                `${measured.p99} ms`,
                measured.shed.toLocaleString("en-GB"),
                String(measured.timeouts),
                String(measured.otherErrors),
                `${Math.round(share * 100)}%`,
              ]);
            }
          }
        if (instances > 0 && phase.label === "cached")
          changesSeen = await changesUnderLoad(
            baseURL,
            servers.map((server) => server.baseURL),
            pages[0]!,
          );
      } finally {
        balancer?.close();
        for (const instance of servers) instance.child.kill("SIGTERM");
        await Promise.all(servers.map((instance) => instance.exited));
      }
    }

    // Search insights on and off, side by side: two servers at once (one counting searches, one
    // with SEARCH_INSIGHTS=off), the search API driven on each in turn, four rounds each, so that
    // whatever else the machine does falls on both alike.
    if (instances === 0) {
      const [counting, notCounting] = await Promise.all([
        startServer(port + 1, unusedFile, onDatabase),
        startServer(port + 2, unusedFile, {
          ...onDatabase,
          SEARCH_INSIGHTS: "off",
        }),
      ]);
      try {
        const searchApi = pages.find((route) => route.name === "Search API")!;
        for (const server of [counting, notCounting])
          for (const pathname of searchApi.paths)
            await (
              await fetch(server.baseURL + pathname, { headers: asBrowser })
            ).arrayBuffer();
        for (const connections of levels) {
          const answered = [0, 0];
          for (let round = 0; round < 8; round++) {
            const which = (round + Math.floor(round / 2)) % 2;
            const server = which === 0 ? counting : notCounting;
            const result = await drive(
              server.baseURL,
              searchApi,
              connections,
              duration / 4,
            );
            answered[which]! += result["2xx"];
          }
          insightsSideBySide.push([connections, answered[0]!, answered[1]!]);
        }
      } finally {
        for (const server of [counting, notCounting])
          server.child.kill("SIGTERM");
        await Promise.all([counting.exited, notCounting.exited]);
      }
    }

    const header = [
      "generator",
      "route",
      "connections",
      "answered/s",
      "p50",
      "p99",
      "shed (503)",
      "timeouts",
      "other errors",
      "of static",
    ];
    const widths = header.map((title, column) =>
      Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
    );
    for (const row of [header, ...rows])
      console.log(
        row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  "),
      );

    const verdict = (met: boolean) => (met ? "met" : "NOT MET");
    const lines: string[] = [];
    for (const generator of generators) {
      const measuredBy = results.filter((r) => r.generator === generator);
      const find = (phase: string, route: string, connections: number) =>
        measuredBy.find(
          (r) =>
            r.phase === phase &&
            r.route === route &&
            r.connections === connections,
        )!;
      lines.push("", `Measured by ${generator}:`);
      for (const route of [
        "Example page",
        "Theme page",
        "Home page",
        "Search page",
      ]) {
        const r = find("cached", route, 100);
        lines.push(
          `Target: ${route.toLowerCase()}, cached, >= 70% of static and p99 <= 250 ms at 100: ${verdict(r.share >= 0.7 && r.p99 <= 250)} (${Math.round(r.share * 100)}%, ${r.p99} ms)`,
        );
      }
      for (const [route, floor] of [
        ["Search page", 0.25],
        ["Example page", 0.2],
      ] as const) {
        const r = find("uncached", route, 100);
        lines.push(
          `Target: ${route.toLowerCase()}, uncached, >= ${floor * 100}% of static at 100: ${verdict(r.share >= floor)} (${Math.round(r.share * 100)}%)`,
        );
      }
      const at400 = measuredBy.filter((r) => r.connections === 400);
      const timeouts = at400.reduce((sum, r) => sum + r.timeouts, 0);
      const otherErrors = at400.reduce((sum, r) => sum + r.otherErrors, 0);
      const worstP99 = Math.max(...at400.map((r) => r.p99));
      lines.push(
        `Target: at 400, no timeouts and no errors but 503s: ${verdict(timeouts === 0 && otherErrors === 0)} (${timeouts} timeouts, ${otherErrors} other errors)`,
        `Target: at 400, p99 <= 1 s: ${verdict(worstP99 <= 1000)} (worst ${worstP99} ms, 503s included)`,
      );
    }
    lines.push("");
    if (changesSeen) {
      const { publishSeen, withdrawSeen } = changesSeen;
      const shown = (ms: number | null) =>
        ms === null ? "not within 10 s" : `${ms} ms`;
      lines.push(
        `Target: a publish and a withdraw on every instance within 1 s, under load: ${verdict(publishSeen !== null && withdrawSeen !== null && Math.max(publishSeen, withdrawSeen) <= 1000)} (publish ${shown(publishSeen)}, withdraw ${shown(withdrawSeen)})`,
      );
    }
    for (const [connections, on, off] of insightsSideBySide) {
      const ratio = on / off;
      lines.push(
        `Target: search API with insights on >= 95% of insights off at ${connections}: ${verdict(ratio >= 0.95)} (${Math.round(on / duration).toLocaleString("en-GB")} and ${Math.round(off / duration).toLocaleString("en-GB")} answered/s, ${Math.round(ratio * 100)}%)`,
      );
    }
    console.log(lines.join("\n"));
  } finally {
    await databases.stop();
  }
}

void main();
