/**
 * `npm run eval:search`: scores the search against the judged query set (db/search/judgements.ts)
 * on a fresh database holding the seeded catalogue, and prints the figures.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-eval-"));
  process.env.DATABASE_PATH = path.join(dir, "eval.db");
  try {
    const { seedCatalogue } = await import("@/db/catalogue");
    const { scoreSearch } = await import("@/db/search");
    const { closeDatabase, prepareDatabase } = await import("@/db/core");
    await prepareDatabase();
    await seedCatalogue();
    const scores = await scoreSearch();
    await closeDatabase();
    console.log(
      `Search evaluation: ${scores.queries} judged queries on the seeded catalogue\n`,
    );
    console.log("| measure | score | target |\n| --- | --- | --- |");
    console.log(
      `| wrong corrections | ${scores.wrongCorrections.length} | 0 |`,
    );
    console.log(
      `| typo recall in the top 3 | ${percent(scores.typoRecallAt3)} | 100% |`,
    );
    console.log(
      `| recall in the top 3 (answerable queries) | ${percent(scores.recallAt3)} | |`,
    );
    console.log(
      `| mean reciprocal rank | ${scores.meanReciprocalRank.toFixed(3)} | |`,
    );
    console.log(
      `| unanswerable queries that return nothing | ${percent(scores.honestNothing)} | 100% |`,
    );
    if (scores.misses.length > 0)
      console.log(
        `\nQueries that lost marks:\n${scores.misses.map((line) => `- ${line}`).join("\n")}`,
      );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
