import { expect, test } from "./test";

// One of each kind of response: pages, a 404, the 429 page's address, APIs, feeds, static files.
const routes = [
  "/",
  "/examples?q=home",
  "/examples/home-first",
  "/examples/no-such-example",
  "/themes/digital",
  "/survey",
  "/submit",
  "/admin/sign-in",
  "/api/search?q=home",
  "/api/examples/home-first",
  "/api/search?theme=nope",
  "/api/health",
  "/feed.xml",
  "/sitemap.xml",
  "/robots.txt",
  "/assets/images/favicon.ico",
];

test("every kind of response carries the security headers", async ({
  request,
}) => {
  for (const route of routes) {
    const response = await request.get(route, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["content-security-policy"], route).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/,
    );
    expect(headers["content-security-policy"], route).toContain(
      "frame-ancestors 'none'",
    );
    expect(headers["content-security-policy"], route).not.toContain(
      "unsafe-inline",
    );
    expect(headers["x-content-type-options"], route).toBe("nosniff");
    expect(headers["referrer-policy"], route).toBe(
      "strict-origin-when-cross-origin",
    );
    expect(headers["permissions-policy"], route).toContain("camera=()");
    // The e2e server is plain http, where HSTS would be wrong.
    expect(headers["strict-transport-security"], route).toBeUndefined();
  }
});

test("each page gets a fresh nonce, and injected inline script is refused", async ({
  page,
  browser,
}) => {
  const nonces = new Set<string>();
  for (let visit = 0; visit < 3; visit += 1) {
    const response = await page.goto("/");
    const policy =
      (await response?.headerValue("content-security-policy")) ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? "";
    nonces.add(nonce);
    // The page's own inline script carries the nonce and ran: NHS.UK frontend is switched on.
    await expect(page.locator("body")).toHaveClass(/nhsuk-frontend-supported/);
  }
  expect(nonces.size).toBe(3);

  // A page of its own, since the refusal it provokes is what every other test forbids.
  const attacked = await browser.newPage();
  await attacked.goto("/");
  const refused = attacked.waitForEvent("console", (message) =>
    /Content Security Policy/.test(message.text()),
  );
  // What a stored cross-site scripting attack would slip into a page.
  await attacked.evaluate(() =>
    document.body.insertAdjacentHTML(
      "beforeend",
      '<img src="/no-such-image" onerror="window.injected = true">',
    ),
  );
  await refused;
  expect(await attacked.evaluate(() => "injected" in window)).toBe(false);
  await attacked.close();
});
