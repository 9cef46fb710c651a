import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * The command-line programs the e2e tests run (the fixtures' catalogue commands and the operators'
 * `moderator:add`), bundled once per run by e2e/global-setup.ts: run through tsx, each of the
 * hundred or so calls spent over a second loading TypeScript; bundled, a third of that.
 */
export const bundledPrograms = {
  "catalogue-cli": "e2e/fixtures/catalogue-cli.ts",
  "moderator-add": "scripts/moderator-add.ts",
} as const;

export const bundleFolder = path.join("test-results", "e2e-bin");

/** Runs one bundled program, as `npm run` would run its script, and returns what it printed. */
export function runProgram(
  name: keyof typeof bundledPrograms,
  args: string[],
  env: NodeJS.ProcessEnv,
): string {
  return execFileSync(
    process.execPath,
    [
      "--conditions=react-server",
      path.join(bundleFolder, `${name}.mjs`),
      ...args,
    ],
    { env: { ...env, NEXT_TELEMETRY_DISABLED: "1" }, encoding: "utf8" },
  );
}
