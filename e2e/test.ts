import fs from "node:fs";
import { expect, test as base } from "@playwright/test";
import { e2eDatabasePath } from "./catalogue";
import { addAccountToFile, admin, moderator } from "./moderator";
import { workerPort } from "./ports";
import { startServer, type ServerProcess } from "./server-process";

/**
 * Playwright's `test`, with this worker's own server behind `baseURL` (so that workers never
 * share a server or a database), and a check that runs in every test: no page broke the
 * Content-Security-Policy (the browser reports each refusal in the console).
 */
export const test = base.extend<
  { contentSecurityPolicyGuard: void },
  { workerServer: ServerProcess }
>({
  // The build global-setup.ts made, on this worker's port and database. A worker started again
  // after a failure finds its database as the last one left it, accounts and all.
  workerServer: [
    async ({}, provide) => {
      if (!fs.existsSync(e2eDatabasePath)) {
        // Added the way an operator would: with the CLI, password from the environment.
        addAccountToFile(e2eDatabasePath, moderator);
        addAccountToFile(e2eDatabasePath, admin);
      }
      const server = await startServer(workerPort, e2eDatabasePath);
      await provide(server);
      server.child.kill("SIGTERM");
      await server.exited;
    },
    { scope: "worker", timeout: 120_000 },
  ],
  baseURL: async ({ workerServer }, provide) => {
    await provide(workerServer.baseURL);
  },
  // With JavaScript on, page.goto also waits until the page is interactive (React has hydrated
  // and NHS.UK frontend has started its components), as a person waits for a page to load
  // before using it. Otherwise a busy machine lets a test type or press keys too early.
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled) {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        if (response?.headers()["content-type"]?.startsWith("text/html"))
          await page
            .locator("[data-nhsuk-skip-link-init]")
            .waitFor({ state: "attached" });
        return response;
      };
    }
    await provide(page);
  },
  contentSecurityPolicyGuard: [
    async ({ context }, use) => {
      const violations: string[] = [];
      const watch = (page: import("@playwright/test").Page) =>
        page.on("console", (message) => {
          if (/Content Security Policy/i.test(message.text()))
            violations.push(`${page.url()}: ${message.text()}`);
        });
      context.pages().forEach(watch);
      context.on("page", watch);
      await use();
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
