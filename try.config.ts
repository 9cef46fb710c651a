import { defineConfig } from "@playwright/test";
export default defineConfig({ testDir: "/work/main", testMatch: "try.spec.ts", use: { launchOptions: { executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] } } });
