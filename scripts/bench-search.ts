/**
 * `npm run bench:search`: measures the real search module on generated catalogues of 1,000,
 * 10,000 and 100,000 examples, beside a plain full-scan fuse.js over the same documents.
 * Each size runs in its own process (its own fresh database and a clean heap).
 */
import { execFileSync } from "node:child_process";
import os from "node:os";
import { performance } from "node:perf_hooks";
import Fuse from "fuse.js";
import {
  benchmarkQueries as queries,
  planted,
  plantedSlugsFor,
  writeGeneratedCatalogue,
} from "@/db/search";
import { testDatabaseKinds } from "@/db/testing";

const sizes = (process.env.BENCH_SIZES ?? "1000,10000,100000")
  .split(",")
  .map(Number);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[
      Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
    ] ?? 0
  );
};
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

async function runSize(size: number) {
  const {
    closeDatabase,
    databaseBytes,
    examples,
    prepareDatabase,
    transaction,
  } = await import("@/db/core");
  const { eq } = await import("drizzle-orm");

  const plantedSlugs = plantedSlugsFor(size);

  const buildStart = performance.now();
  await prepareDatabase();
  await writeGeneratedCatalogue(size);
  const buildMs = performance.now() - buildStart;
  await closeDatabase();

  // Open an existing, indexed database and answer a first search with no warm-up (the server
  // warms the in-memory index in the background at start, so this is the worst case).
  const { forgetRecentSearches, searchExamples } = await import("@/db/search");
  const { whenSearchIndexFresh } = await import("@/db/search");
  const coldStart = performance.now();
  await prepareDatabase();
  const openMs = performance.now() - coldStart;
  await searchExamples({ q: "discharge" });
  const firstSearchMs = performance.now() - coldStart;

  // Every timed search is worked out afresh: the answer cache is emptied before each one.
  const timeSearch = async (params: Parameters<typeof searchExamples>[0]) => {
    forgetRecentSearches();
    const start = performance.now();
    const response = await searchExamples(params);
    return { response, elapsed: performance.now() - start };
  };

  const times: number[] = [];
  const cachedTimes: number[] = [];
  let found = 0;
  let typoFound = 0;
  for (const round of [0, 1, 2]) {
    for (const query of queries) {
      const { response, elapsed } = await timeSearch({ q: query.q });
      if (round > 0) {
        times.push(elapsed); // round 0 warms the database cache
        const start = performance.now();
        await searchExamples({ q: query.q });
        cachedTimes.push(performance.now() - start);
      }
      if (round === 1 && query.plantedIndex !== undefined) {
        const hit = response.results
          .slice(0, 10)
          .some((result) => result.slug === plantedSlugs[query.plantedIndex!]);
        if (hit) found += 1;
        if (
          hit &&
          query.plantedIndex !== undefined &&
          queries.indexOf(query) < planted.length
        )
          typoFound += 1;
      }
    }
  }
  const filtered: number[] = [];
  for (const query of queries.slice(16, 30)) {
    const { elapsed } = await timeSearch({
      q: query.q,
      themes: ["patient-flow", "digital"],
      settings: ["acute"],
    });
    filtered.push(elapsed);
  }

  // A moderator publishes an example; the next search must not wait for the in-memory index.
  const [added] = await transaction((tx) =>
    tx
      .insert(examples)
      .values({
        slug: "bench-published-now",
        reference: "IX-999999",
        title: "Wombatcare clinic",
        summary: "Published during the benchmark.",
        problem: "x",
        approach: "x",
        impact: "x",
        status: "pending",
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      .returning({ id: examples.id }),
  );
  await whenSearchIndexFresh();
  await transaction((tx) =>
    tx
      .update(examples)
      .set({ status: "published", publishedAt: new Date() })
      .where(eq(examples.id, added!.id)),
  );
  const publishedAt = performance.now();
  const afterPublish = await timeSearch({ q: "wombatcare" });
  const searchAfterPublishMs = afterPublish.elapsed;
  if (afterPublish.response.total !== 1)
    throw new Error("The example published during the benchmark was not found");
  await whenSearchIndexFresh();
  const freshAfterMs = performance.now() - publishedAt;
  const memory = process.memoryUsage();

  // The baseline: fuse.js over every document, in memory, as a naive search would. The same
  // documents on either engine, so it runs once, beside the first (BENCH_FUSE).
  const fuse = process.env.BENCH_FUSE
    ? await fuseBaseline(size, plantedSlugs)
    : undefined;

  console.log(
    JSON.stringify({
      size,
      buildMs,
      openMs,
      firstSearchMs,
      median: percentile(times, 50),
      p95: percentile(times, 95),
      cachedMedian: percentile(cachedTimes, 50),
      searchAfterPublishMs,
      freshAfterMs,
      filteredP95: percentile(filtered, 95),
      typoRecall: `${typoFound}/${planted.length}`,
      plantedRecall: `${found}/${planted.length + 8}`,
      rss: memory.rss,
      heap: memory.heapUsed,
      dbBytes: await databaseBytes(),
      fuse,
    }),
  );
  // The pool and the listening connection would otherwise keep this process alive.
  await closeDatabase();
}

/** fuse.js over every published document of the catalogue just searched. */
async function fuseBaseline(size: number, plantedSlugs: string[]) {
  const { db } = await import("@/db/core");
  const { examples } = await import("@/db/core");
  const { eq, sql } = await import("drizzle-orm");
  const heapBeforeFuse = process.memoryUsage().heapUsed;
  const docs = await db()
    .select({
      slug: examples.slug,
      title: examples.title,
      summary: examples.summary,
      keywords: examples.keywords,
      body: sql<string>`${examples.problem} || ' ' || ${examples.approach} || ' ' || ${examples.impact}`,
    })
    .from(examples)
    .where(eq(examples.status, "published"));
  const fuseBuildStart = performance.now();
  const fuse = new Fuse(docs, {
    keys: [
      { name: "title", weight: 4 },
      { name: "keywords", weight: 2 },
      { name: "summary", weight: 1.5 },
      { name: "body", weight: 0.5 },
    ],
    ignoreLocation: true,
    threshold: 0.35,
  });
  const fuseBuildMs = performance.now() - fuseBuildStart;
  // Documents and index that fuse.js must hold in memory (heap growth; approximate without a GC).
  const fuseHeap = process.memoryUsage().heapUsed - heapBeforeFuse;
  const fuseQueries =
    size >= 100_000
      ? [queries[0]!, queries[3]!, queries[16]!, queries[24]!, queries[32]!]
      : queries;
  const fuseTimes: number[] = [];
  let fuseTypoFound = 0;
  let fuseTypoAsked = 0;
  for (const query of fuseQueries) {
    const start = performance.now();
    const results = fuse.search(query.q, { limit: 10 });
    fuseTimes.push(performance.now() - start);
    if (
      query.plantedIndex !== undefined &&
      queries.indexOf(query) < planted.length
    ) {
      fuseTypoAsked += 1;
      if (
        results.some(
          ({ item }) => item.slug === plantedSlugs[query.plantedIndex!],
        )
      )
        fuseTypoFound += 1;
    }
  }

  return {
    buildMs: fuseBuildMs,
    heap: fuseHeap,
    queries: fuseQueries.length,
    median: percentile(fuseTimes, 50),
    p95: percentile(fuseTimes, 95),
    typoRecall: `${fuseTypoFound}/${fuseTypoAsked}`,
  };
}

async function main() {
  const sizeArg = process.argv.indexOf("--size");
  if (sizeArg !== -1) {
    await runSize(Number(process.argv[sizeArg + 1]));
    return;
  }
  const chosen = process.env.BENCH_ENGINES?.split(",");
  const kinds = testDatabaseKinds.filter(
    (kind) => !chosen || chosen.includes(kind.key),
  );
  const started = performance.now();
  console.log(
    `Search benchmark: ${queries.length} queries (${planted.length} typos), ${os.cpus().length} cores, Node ${process.version}, engines: ${kinds.map((kind) => kind.key).join(", ")}\n`,
  );
  const databases = await Promise.all(kinds.map((kind) => kind.start()));
  const rows: string[][] = [];
  try {
    for (const size of sizes) {
      for (const [k, kind] of kinds.entries()) {
        const output = execFileSync(
          process.execPath,
          [...process.execArgv, __filename, "--size", String(size)],
          {
            env: {
              ...process.env,
              ...(await databases[k]!.environment(`bench_${size}`)),
              // fuse.js reads the same documents on either engine, so it runs beside the first.
              ...(k === 0 ? { BENCH_FUSE: "1" } : {}),
            },
            encoding: "utf8",
            maxBuffer: 16 * 1024 * 1024,
          },
        );
        const r = JSON.parse(output.trim().split("\n").at(-1) as string);
        rows.push([
          size.toLocaleString("en-GB"),
          kind.label,
          `${(r.buildMs / 1000).toFixed(1)} s`,
          `${ms(r.openMs)} / ${ms(r.firstSearchMs)}`,
          `${ms(r.median)} / ${ms(r.p95)}`,
          ms(r.filteredP95),
          ms(r.cachedMedian),
          `${ms(r.searchAfterPublishMs)} / ${ms(r.freshAfterMs)}`,
          r.typoRecall,
          `${mb(r.rss)} (${mb(r.dbBytes)} on disk)`,
          r.fuse
            ? `${(r.fuse.buildMs / 1000).toFixed(1)} s / ${mb(r.fuse.heap)}`
            : "as above",
          r.fuse
            ? `${ms(r.fuse.median)} / ${ms(r.fuse.p95)} (${r.fuse.queries} q)`
            : "",
          r.fuse ? r.fuse.typoRecall : "",
          r.fuse ? `${(r.fuse.p95 / r.p95).toFixed(0)}x` : "",
        ]);
        console.log(
          `${size.toLocaleString("en-GB")} examples on ${kind.label} done`,
        );
      }
    }
  } finally {
    await Promise.all(databases.map((database) => database.stop()));
  }
  const header = [
    "examples",
    "engine",
    "index build",
    "cold open / first search (no warm-up)",
    "median / p95",
    "p95 with filters",
    "cached median",
    "after a publish: first search / index fresh",
    "typo recall (top 10)",
    "memory (RSS)",
    "fuse.js build / heap",
    "fuse.js full scan median / p95",
    "fuse.js typo recall",
    "p95 ratio",
  ];
  console.log(
    `\n| ${header.join(" | ")} |\n| ${header.map(() => "---").join(" | ")} |`,
  );
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  console.log(
    `\nFinished in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

void main();
