/**
 * `npm run bench:insights`: how long the Insights page's lists take to read with 13 months of
 * 1,000 searches a day (and 400 openings a day), on SQLite and PostgreSQL, each in a process of
 * its own with a fresh database. Every run reads the database afresh (the lists have no cache);
 * beside it, in the same run, the cheapest read of the same rows (one SUM over every count) as
 * the reference. Target: the whole page's reads within 500 ms.
 */
import { performance } from "node:perf_hooks";
import { benchEachEngine } from "./bench-engines";

const searchesPerDay = Number(process.env.BENCH_SEARCHES_PER_DAY ?? 1_000);
const distinctQueries = 3_000;
const days = 396;

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** A small deterministic random source, so both engines get the same counts. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

async function runEngine() {
  const { prepareDatabase, closeDatabase, transaction, db, examples } =
    await import("@/db/core");
  const { searchCounts, searchOpens } = await import("@/db/core/schema");
  const { seedCatalogue } = await import("@/db/catalogue/seed");
  const { readInsightTables } = await import("@/app/admin/insights/lists");
  const { sql } = await import("drizzle-orm");
  await prepareDatabase();
  await seedCatalogue();
  const ids = (await db().select({ id: examples.id }).from(examples)).map(
    ({ id }) => id,
  );

  // Searches drawn from 3,000 queries with a long tail (a few very common, most rare), a fifth
  // with a filter, as people search.
  const next = random(42);
  const today = new Date();
  const filters = ["", "", "", "", "setting=acute", "theme=digital"];
  const bands = ["none", "few", "more", "more"] as const;
  const started = performance.now();
  let rowsWritten = 0;
  for (let d = 0; d < days; d++) {
    const day = new Date(today.getTime() - d * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const counts = new Map<string, number>();
    for (let i = 0; i < searchesPerDay; i++) {
      const n = Math.floor(distinctQueries * next() ** 3);
      const key = `${n}|${filters[Math.floor(next() * filters.length)]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const searchRows = [...counts].map(([key, searches]) => {
      const [n, filter] = key.split("|");
      return {
        day,
        query: `search words ${n}`,
        filters: filter!,
        results: bands[Number(n) % bands.length]!,
        searches,
      };
    });
    const opens = new Map<string, number>();
    for (let i = 0; i < searchesPerDay * 0.4; i++) {
      const n = Math.floor(distinctQueries * next() ** 3);
      const key = `${n}|${ids[Math.floor(next() * ids.length)]}|${1 + Math.floor(next() ** 2 * 20)}`;
      opens.set(key, (opens.get(key) ?? 0) + 1);
    }
    const openRows = [...opens].map(([key, count]) => {
      const [n, id, position] = key.split("|").map(Number);
      return {
        day,
        query: `search words ${n}`,
        exampleId: id!,
        position: position!,
        opens: count,
      };
    });
    await transaction(async (tx) => {
      for (let i = 0; i < searchRows.length; i += 500)
        await tx.insert(searchCounts).values(searchRows.slice(i, i + 500));
      for (let i = 0; i < openRows.length; i += 500)
        await tx.insert(searchOpens).values(openRows.slice(i, i + 500));
    });
    rowsWritten += searchRows.length + openRows.length;
  }
  const writing = performance.now() - started;
  // What the database's own upkeep would have done long before 13 months of counts were kept:
  // PostgreSQL's autovacuum marks the pages all-visible (so the covering indexes are read alone)
  // and gathers statistics. SQLite needs nothing.
  if (process.env.DATABASE_URL) {
    const pg = (await import("pg")).default;
    const client = new pg.Client({
      connectionString: process.env.DATABASE_URL,
    });
    await client.connect();
    await client.query("VACUUM ANALYZE search_counts, search_opens");
    await client.end();
  }

  const time = async (work: () => Promise<unknown>) => {
    const runs: number[] = [];
    await work();
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      await work();
      runs.push(performance.now() - start);
    }
    return median(runs);
  };
  const reference = await time(() =>
    db()
      .select({ total: sql`SUM(${searchCounts.searches})` })
      .from(searchCounts),
  );
  const months = await time(() => readInsightTables("months", today));
  const weeks = await time(() => readInsightTables("weeks", today));
  console.log(
    JSON.stringify({ rowsWritten, writing, reference, months, weeks }),
  );
  await closeDatabase();
}

void benchEachEngine<{
  rowsWritten: number;
  reference: number;
  months: number;
  weeks: number;
}>({
  script: __filename,
  title: `Insights benchmark: ${days} days of ${searchesPerDay.toLocaleString("en-GB")} searches a day over ${distinctQueries.toLocaleString("en-GB")} queries`,
  database: "bench_insights",
  measure: runEngine,
  header: [
    "rows kept",
    "reference: one SUM over every count",
    "Insights lists, 13 months (× reference), target 500 ms",
    "Insights lists, 12 weeks (× reference), target 500 ms",
  ],
  row: (r) => {
    const verdict = (value: number) => (value <= 500 ? "met" : "NOT MET");
    return [
      r.rowsWritten.toLocaleString("en-GB"),
      ms(r.reference),
      `${ms(r.months)} (${(r.months / r.reference).toFixed(1)}×), ${verdict(r.months)}`,
      `${ms(r.weeks)} (${(r.weeks / r.reference).toFixed(1)}×), ${verdict(r.weeks)}`,
    ];
  },
});
