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
    // Worker threads start faster than processes, and two use both cores: most of the suite's time
    // is loading modules afresh for each test file, which runs in parallel this way.
    pool: "threads",
    maxWorkers: 2,
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
        },
      },
      {
        extends: true,
        test: {
          name: "sqlite",
          // mail/ sends what the outbox holds, so its tests need a database too.
          include: ["db/**/*.test.ts", "mail/**/*.test.ts"],
          exclude: ["db/postgres/**"],
          setupFiles: ["./vitest.setup.ts"],
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
          setupFiles: ["./db/postgres/vitest-setup.ts", "./vitest.setup.ts"],
        },
      },
    ],
  },
});
