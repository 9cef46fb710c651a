import { execFileSync } from "node:child_process";
import os from "node:os";
import { testDatabaseKinds } from "@/db/testing";

/**
 * A benchmark run on each database engine in turn (BENCH_ENGINES=sqlite,postgres picks them),
 * each in a process of its own with a fresh database: `script` runs itself again with --engine,
 * where `measure` prints its result as the last line, in JSON. Prints one table row an engine.
 */
export async function benchEachEngine<Result>({
  script,
  title,
  database,
  measure,
  header,
  row,
}: {
  /** What is measured, said before the table. */
  title: string;
  /** The benchmark's own file (__filename), run again for each engine. */
  script: string;
  /** The name its databases are given. */
  database: string;
  measure: () => Promise<void>;
  header: string[];
  row: (result: Result) => string[];
}) {
  if (process.argv.includes("--engine")) return measure();
  const chosen = process.env.BENCH_ENGINES?.split(",");
  console.log(`${title}, ${os.cpus().length} cores, Node ${process.version}\n`);
  const rows: string[][] = [];
  for (const kind of testDatabaseKinds) {
    if (chosen && !chosen.includes(kind.key)) continue;
    const started = await kind.start();
    try {
      const output = execFileSync(
        process.execPath,
        [...process.execArgv, script, "--engine"],
        {
          env: {
            ...process.env,
            ...(await started.environment(database)),
            // One log line a message or a search would drown the result line.
            LOG_LEVEL: "warn",
          },
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const result = JSON.parse(output.trim().split("\n").at(-1) as string);
      rows.push([kind.label, ...row(result as Result)]);
    } finally {
      await started.stop();
    }
  }
  console.log(
    `| ${["engine", ...header].join(" | ")} |\n| ${["engine", ...header].map(() => "---").join(" | ")} |`,
  );
  for (const cells of rows) console.log(`| ${cells.join(" | ")} |`);
}
