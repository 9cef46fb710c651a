import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ownPort } from "./ports";

// Beside the e2e server and the fault tests' server.
const port = ownPort(2);

function run(command: string, args: string[], cwd: string, extraEnv = {}) {
  const child = spawn(command, args, {
    cwd,
    // A process group of its own, stopped as a whole: npm does not pass SIGTERM on to the server.
    detached: true,
    env: { ...process.env, PORT: String(port), ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on("close", (code) => resolve(code)),
  );
  return { child, exited, output: () => output };
}

test("npm run serve refuses, saying what to do, when there is no build", async () => {
  const checkout = fs.mkdtempSync(path.join(os.tmpdir(), "no-build-"));
  try {
    fs.copyFileSync("server.mjs", path.join(checkout, "server.mjs"));
    fs.cpSync("server", path.join(checkout, "server"), { recursive: true });
    fs.copyFileSync("package.json", path.join(checkout, "package.json"));
    fs.symlinkSync(
      path.resolve("node_modules"),
      path.join(checkout, "node_modules"),
    );
    const serve = run("npm", ["run", "--silent", "serve"], checkout);
    expect(await serve.exited).toBe(1);
    expect(serve.output()).toContain(
      "There is no production build to serve. Run `npm run build` once first",
    );
  } finally {
    fs.rmSync(checkout, { recursive: true, force: true });
  }
});

test("npm run serve starts from the existing build without building again", async () => {
  const buildId = fs.readFileSync(".next/BUILD_ID", "utf8");
  const database = "test-results/serve.db";
  for (const suffix of ["", "-wal", "-shm"])
    fs.rmSync(database + suffix, { force: true });
  const serve = run("npm", ["run", "--silent", "serve"], process.cwd(), {
    DATABASE_PATH: database,
  });
  try {
    await expect.poll(serve.output).toContain(`Ready on`);
    const response = await fetch(`http://localhost:${port}/api/survey`);
    expect(response.status).toBe(200);
    expect(serve.output()).not.toContain("next build");
    expect(fs.readFileSync(".next/BUILD_ID", "utf8")).toBe(buildId);
  } finally {
    process.kill(-(serve.child.pid ?? 0), "SIGTERM");
    await serve.exited;
    expect(serve.output()).toContain("SIGTERM received");
  }
});
