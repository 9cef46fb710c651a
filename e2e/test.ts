import { expect, test as base } from "@playwright/test";

/**
 * Playwright's `test`, plus a check that runs in every test: no page broke the
 * Content-Security-Policy (the browser reports each refusal in the console).
 */
export const test = base.extend<{ contentSecurityPolicyGuard: void }>({
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
