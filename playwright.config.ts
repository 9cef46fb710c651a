import fs from "node:fs";
import os from "node:os";
import { defineConfig, devices } from "@playwright/test";

/**
 * Debian's headless shell (package chromium-headless-shell) when it is there: the headless build
 * Playwright itself uses, a fraction of the full browser's CPU (no GPU process or browser UI), which
 * is what lets several workers share two cores. Otherwise Debian's Chromium, or Playwright's own.
 */
const systemChromium =
  process.env.CHROMIUM_PATH ??
  ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((file) =>
    fs.existsSync(file),
  );

/**
 * Journeys run in parallel, each worker with a production server, port and database of its own
 * (e2e/test.ts, e2e/ports.ts), all serving the one build e2e/global-setup.ts makes. Most of a
 * journey's time is spent waiting (for a page, an email, a server to start), so more workers
 * than cores keep both cores busy (3 on 2 cores was as fast as 4, with less to wait on);
 * past that they only wait for each other.
 */
const workers = Number(
  process.env.E2E_WORKERS ??
    Math.max(2, Math.round(os.availableParallelism() * 1.5)),
);

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  workers,
  // Every test, not only every file, may run beside another: each makes its own data, and a file's
  // servers are on its worker's own ports.
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Ceilings for a busy 2-core CI machine, not speed checks: every wait is for something to
  // appear or change, so an idle machine passes in a fraction of these.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI
    ? [["list"]]
    : [["list"], ["html", { open: "never" }]],
  use: {
    // Recording a trace of every test cost the suite a third of its time: none unless asked for
    // (E2E_TRACE=retain-on-failure when a failure needs one), a screenshot of each failure.
    trace: (process.env.E2E_TRACE ?? "off") as "off" | "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath:
        systemChromium && fs.existsSync(systemChromium)
          ? systemChromium
          : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        // Each test's page lives a few seconds: V8's compilers past its interpreter cost more
        // than they save there (measured: a quarter less CPU for the same journeys).
        "--js-flags=--no-opt --no-maglev --no-sparkplug",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
