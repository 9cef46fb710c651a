import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2eDatabasePath } from "./e2e/catalogue";
import { admin, moderator } from "./e2e/moderator";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
// The e2e server gets its own database, deleted before each run, never the developer's.
const databasePath = e2eDatabasePath;

const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  // One SQLite file behind one server: tests run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Ceilings for a busy 2-core CI machine, not speed checks: every wait is for something to
  // appear or change, so an idle machine passes in a fraction of these.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI
    ? [["list"]]
    : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: fs.existsSync(systemChromium)
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
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The moderator and the admin are added the way an operator would: with the CLI, password
    // from the environment.
    command: `rm -f ${databasePath}* ${databasePath.replace(/\.db$/, "")}.rate-limits.db* && npm run build && npm run --silent moderator:add -- ${moderator.email} ${moderator.name} --moderator && npm run --silent moderator:add -- ${admin.email} ${admin.name} && node server.mjs`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    // A production build takes about a minute on an idle 2-core machine, several on a busy one.
    timeout: 600_000,
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_PATH: databasePath,
      // Each test names its own client address, so the rate limits apply per test.
      TRUST_PROXY: "true",
      // No SITE_URL: links must default to this server's own port (checked in example-pages.spec.ts).
      NEXT_TELEMETRY_DISABLED: "1",
      MODERATOR_PASSWORD: moderator.password,
    },
  },
});
