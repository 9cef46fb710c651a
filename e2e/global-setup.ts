import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { bundledPrograms, bundleFolder } from "./bin";

/**
 * Before the e2e run: one production build that every worker's server serves, the programs the
 * tests run bundled once (e2e/bin.ts), and none of the last run's worker databases or admin keys
 * (each worker's server starts on a fresh database, e2e/test.ts).
 */
export default function globalSetup() {
  const results = "test-results";
  if (fs.existsSync(results))
    for (const name of fs.readdirSync(results))
      if (/^(e2e-catalogue-|e2e-admin-key-|e2e-bin$|w\d+-)/.test(name))
        fs.rmSync(path.join(results, name), { recursive: true, force: true });
  for (const [name, entry] of Object.entries(bundledPrograms))
    buildSync({
      entryPoints: [entry],
      outfile: path.join(bundleFolder, `${name}.mjs`),
      bundle: true,
      platform: "node",
      format: "esm",
      // As tsx runs them: the server's own modules (server-only) under React's server condition.
      conditions: ["react-server"],
      packages: "external",
      tsconfig: "tsconfig.json",
      logLevel: "warning",
    });
  execFileSync("npm", ["run", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}
