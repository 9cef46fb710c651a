import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Unit tests run server modules directly, as the server does.
      "server-only": path.resolve(
        import.meta.dirname,
        "node_modules/server-only/empty.js",
      ),
    },
  },
  test: {
    exclude: ["node_modules/**", ".next/**", "e2e/**"],
    // A ceiling for a busy 2-core CI machine, not a speed check: every test here takes well under
    // a second when the machine is idle. Speed is measured by the benchmarks instead.
    testTimeout: 30_000,
    // Worker threads start faster than processes, and two use both cores. Each worker runs many
    // files, so node_modules load once per worker (loading them for every file took half the
    // suite's time); vitest.fresh-modules.ts gives each file fresh modules of our own.
    pool: "threads",
    maxWorkers: 2,
    isolate: false,
    hookTimeout: 60_000,
    projects: [
      {
        // Everything outside db/ and mail/: no database, so no database set-up for each file.
        extends: true,
        test: {
          name: "app",
          include: ["**/*.test.ts"],
          exclude: [
            "node_modules/**",
            ".next/**",
            "e2e/**",
            "db/**",
            "mail/**",
          ],
          setupFiles: ["./vitest.fresh-modules.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "sqlite",
          // mail/ sends what the outbox holds, so its tests need a database too.
          include: ["db/**/*.test.ts", "mail/**/*.test.ts"],
          exclude: ["db/postgres/**"],
          setupFiles: ["./vitest.fresh-modules.ts", "./vitest.setup.ts"],
        },
      },
      {
        // The same db/ tests again, on PostgreSQL: one contract, two engines.
        extends: true,
        test: {
          name: "postgres",
          include: ["db/**/*.test.ts", "mail/**/*.test.ts"],
          exclude: ["db/sqlite/**"],
          globalSetup: ["./db/postgres/vitest-global-setup.ts"],
          setupFiles: [
            "./vitest.fresh-modules.ts",
            "./db/postgres/vitest-setup.ts",
            "./vitest.setup.ts",
          ],
        },
      },
    ],
  },
});
