import http from "node:http";
import type { AddressInfo } from "node:net";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./test";
import { runCatalogueCommand, unique } from "./catalogue";
import { moderator, addAccountToFile } from "./moderator";
import {
  formActionFields,
  freshDatabase,
  postForm,
  startServer,
  submissionActionFields,
  type ServerProcess,
} from "./server-process";
import { ownPort } from "./ports";

// Servers of their own, beside the e2e server, so that their settings and logs are these tests'.
const basePort = ownPort(20);

/** Lines a server wrote that report an error: Next's own on stderr, ours as JSON on stdout. */
const errorLines = (server: ServerProcess) => [
  ...server.errors,
  ...server.output.filter((line) => /"level":"(error|fatal)"/.test(line)),
];

/** A status and headers, by a raw request, so any method and any path bytes can be sent. */
function rawRequest(
  baseURL: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${baseURL}${path}`,
      { method, headers },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body,
          }),
        );
      },
    );
    request.on("error", reject);
    request.end();
  });
}

test.describe("odd requests", () => {
  let server: ServerProcess;
  // A fresh database each time the block's servers start: a worker may run the block's tests in
  // more than one go, and each go starts the server again.
  let file: string;
  test.beforeAll(async () => {
    file = freshDatabase("odd-requests");
    addAccountToFile(file);
    server = await startServer(basePort, file, { TRUST_PROXY: "false" });
  });
  test.afterAll(async () => {
    server.child.kill("SIGTERM");
    await server.exited;
  });

  test("an address that cannot be decoded gets a clear answer on pages, the API and admin, never a 5xx or an error in the log", async ({
    page,
  }) => {
    const pages = [
      "/%E0%A4%A",
      "/examples/%E0%A4%A",
      "/examples/%E0%A4%A/tried",
      "/themes/%E0%A4%A",
      "/themes/%E0%A4%A/feed.xml",
      "/e/%E0%A4%A",
      "/admin/examples/%E0%A4%A",
      "/admin/reports/%E0%A4%A",
    ];
    for (const path of pages) {
      const response = await rawRequest(server.baseURL, "GET", path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).toContain("Page not found");
    }
    for (const path of [
      "/api/examples/%E0%A4%A",
      "/api/examples/%E0%A4%A.csv",
      "/api/%E0%A4%A",
    ]) {
      const response = await rawRequest(server.baseURL, "GET", path);
      expect(response.status, path).toBe(400);
      expect(JSON.parse(response.body), path).toEqual({
        error: { message: "The address is not correctly encoded" },
      });
    }
    // A person who follows such a link sees the NHS "page not found" page.
    const response = await page.goto(`${server.baseURL}/examples/%E0%A4%A`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Page not found",
    );
    expect(errorLines(server)).toEqual([]);
  });

  test("methods the app does not serve answer 405 with Allow on pages and routes, never a 5xx or an error in the log", async () => {
    const pages = ["/", "/examples", "/examples/home-first", "/admin"];
    const routes = ["/api/search", "/api/examples", "/api/health"];
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH"]) {
      for (const path of pages) {
        const response = await rawRequest(server.baseURL, method, path);
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.allow, `${method} ${path}`).toBe(
          "GET, HEAD, POST, OPTIONS",
        );
        expect(response.body).toContain(
          "This address does not accept that kind of request.",
        );
      }
      for (const path of routes) {
        const response = await rawRequest(server.baseURL, method, path);
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.allow, `${method} ${path}`).toBe(
          "GET, HEAD, OPTIONS",
        );
        expect(JSON.parse(response.body).error.message).toBe(
          "This address does not accept that kind of request.",
        );
      }
    }
    const options = await rawRequest(server.baseURL, "OPTIONS", "/examples");
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe("GET, HEAD, POST, OPTIONS");
    // The pages and routes still answer the methods they serve.
    expect((await rawRequest(server.baseURL, "HEAD", "/examples")).status).toBe(
      200,
    );
    expect(
      (await rawRequest(server.baseURL, "GET", "/api/search?q=home")).status,
    ).toBe(200);
    expect(errorLines(server)).toEqual([]);
  });

  test("a moderation action posted from another site is refused, with or without a forged X-Forwarded-Host, and nothing changes", async ({
    browser,
  }) => {
    // Without JavaScript the approve button posts a plain form, as a forged cross-site form would.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const title = `Cross-site approve ${unique()}`;
    const { reference } = runCatalogueCommand<{ reference: string }>(
      "add",
      { title, status: "pending" },
      file,
    );
    await page.goto(`${server.baseURL}/admin/sign-in`);
    await page.getByLabel("Email address").fill(moderator.email);
    await page.getByLabel("Password").fill(moderator.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

    const review = `${server.baseURL}/admin/examples/${reference}`;
    await page.goto(review);
    // What the approve button posts, as a forged form on another site would copy it.
    const fields = await page
      .getByRole("button", { name: "Approve and publish" })
      .evaluate((button: HTMLButtonElement) =>
        [...new FormData(button.form ?? undefined, button).entries()].map(
          ([name, value]) => [name, String(value)] as [string, string],
        ),
      );
    const cookie = (await context.cookies(review))
      .map(({ name, value }) => `${name}=${value}`)
      .join("; ");
    const post = async (headers: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of fields) form.append(name, value);
      // Multipart, as the browser sends this form.
      const encoded = new Response(form);
      const body = Buffer.from(await encoded.arrayBuffer());
      return new Promise<number>((resolve, reject) => {
        const request = http.request(
          review,
          {
            method: "POST",
            headers: {
              cookie,
              "content-type": encoded.headers.get("content-type") ?? "",
              "content-length": body.length,
              ...headers,
            },
          },
          (response) => {
            response.resume();
            response.on("end", () => resolve(response.statusCode ?? 0));
          },
        );
        request.on("error", reject);
        request.end(body);
      });
    };

    const foreign = { origin: "https://evil.example" };
    expect(await post(foreign)).toBe(403);
    expect(await post({ ...foreign, "x-forwarded-host": "evil.example" })).toBe(
      403,
    );
    await page.goto(review);
    await expect(
      page.getByRole("button", { name: "Approve and publish" }),
    ).toBeVisible();
    const publicPage = await page.request.get(
      `${server.baseURL}/e/${reference}`,
    );
    expect(publicPage.status(), "still not public").toBe(404);

    // The same post from this service's own page approves it.
    expect(await post({ origin: server.baseURL })).toBe(303);
    expect(
      (await page.request.get(`${server.baseURL}/e/${reference}`)).status(),
    ).toBe(200);
    expect(errorLines(server)).toEqual([]);
    await context.close();
  });
  test("a person whose browser posts a form from another website is told why it was refused, on a page that passes axe", async ({
    page,
  }) => {
    // A page from no site at all (its origin is "null"), as a forged form elsewhere would be.
    await page.setContent(
      `<!DOCTYPE html><html lang="en-GB"><title>Elsewhere</title><form method="post" action="${server.baseURL}/submit"><input name="title" value="x"><button>Send</button></form></html>`,
    );
    const [response] = await Promise.all([
      page.waitForResponse(`${server.baseURL}/submit`),
      page.getByRole("button", { name: "Send" }).click(),
    ]);
    expect(response.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Sorry, there is a problem",
    );
    await expect(
      page.getByText("The form was sent from another website."),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errorLines(server)).toEqual([]);
  });
});

/**
 * A reverse proxy on its own port in front of `target`, as a hosting team would run one: it sends
 * the request on with Host set to the app's own address, and (with `forwardHost`) says which host
 * the browser asked for in X-Forwarded-Host, and the client's address in X-Forwarded-For.
 */
async function startProxy(target: string, forwardHost: boolean) {
  const upstream = new URL(target);
  const proxy = http.createServer((request, response) => {
    const headers: http.OutgoingHttpHeaders = {
      ...request.headers,
      host: upstream.host,
    };
    if (forwardHost) {
      headers["x-forwarded-host"] = request.headers.host ?? "";
      headers["x-forwarded-proto"] = "http";
    } else {
      delete headers["x-forwarded-host"];
    }
    headers["x-forwarded-for"] = request.socket.remoteAddress ?? "";
    const forwarded = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on("error", () => response.destroy());
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const { port } = proxy.address() as AddressInfo;
  return { proxy, baseURL: `http://localhost:${port}` };
}

test("no header or token value gives a server error: signing in with no User-Agent, a frequency change with a token that is not one", async () => {
  const file = freshDatabase("odd-values");
  addAccountToFile(file);
  const server = await startServer(basePort + 3, file, {
    TRUST_PROXY: "false",
  });
  try {
    // The right password, from a client that says nothing about itself.
    const signIn = await postForm(server.baseURL, "/admin/sign-in", [
      ...(await submissionActionFields(server.baseURL, "/admin/sign-in")),
      ["email", moderator.email],
      ["password", moderator.password],
      ["returnTo", "/admin"],
    ]);
    expect(signIn.status, signIn.body.slice(0, 200)).toBe(303);
    expect(signIn.location).toBe("/admin");

    const { token } = runCatalogueCommand<{ token: string }>(
      "alert",
      { email: `odd-${unique()}@nhs.net` },
      file,
    );
    const fields = await formActionFields(
      server.baseURL,
      `/alerts/manage/${token}`,
      "frequency",
    );
    for (const broken of [`${token}é`, `${token}\nSet-Cookie: a=1`, "é"]) {
      const answer = await postForm(server.baseURL, `/alerts/manage/${token}`, [
        ...fields,
        ["token", broken],
        ["frequency", "sometimes"],
      ]);
      expect(answer.status, JSON.stringify(broken)).toBe(303);
      expect(answer.location).toBe("/alerts/manage/not-valid");
    }
    expect(errorLines(server)).toEqual([]);
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
  }
});

test("every redirect stays on the public address, never the one the server listens on", async () => {
  const file = freshDatabase("redirects-public-address");
  addAccountToFile(file);
  const siteUrl = "https://examples.example.nhs.uk";
  const server = await startServer(basePort + 4, file, {
    TRUST_PROXY: "false",
    SITE_URL: siteUrl,
  });
  try {
    const { token } = runCatalogueCommand<{ token: string }>(
      "alert",
      { email: `redirect-${unique()}@nhs.net` },
      file,
      { SITE_URL: siteUrl },
    );
    const { slug, reference } = runCatalogueCommand<{
      slug: string;
      reference: string;
    }>("add", { title: `Renamed for redirects ${unique()}` }, file);
    runCatalogueCommand("rename", { slug, title: `Renamed ${unique()}` }, file);
    const answers = {
      unsubscribeLink: await rawRequest(
        server.baseURL,
        "GET",
        `/alerts/unsubscribe/${token}`,
      ),
      insightsSignedOut: await rawRequest(
        server.baseURL,
        "GET",
        "/admin/insights/searches.csv",
      ),
      movedApi: await rawRequest(
        server.baseURL,
        "GET",
        `/api/examples/${slug}`,
      ),
      movedPage: await rawRequest(server.baseURL, "GET", `/examples/${slug}`),
      reference: await rawRequest(server.baseURL, "GET", `/e/${reference}`),
      admin: await rawRequest(server.baseURL, "GET", "/admin"),
    };
    for (const [name, answer] of Object.entries(answers)) {
      expect([303, 307, 308], name).toContain(answer.status);
      const location = String(answer.headers.location);
      expect(
        location.startsWith("/") || location.startsWith(`${siteUrl}/`),
        `${name}: ${location}`,
      ).toBe(true);
      expect(location, name).not.toContain("localhost");
    }
    expect(answers.unsubscribeLink.headers.location).toBe(
      `/alerts/manage/${token}`,
    );
    expect(String(answers.insightsSignedOut.headers.location)).toMatch(
      /^\/admin\/sign-in\?returnTo=/,
    );
    expect(errorLines(server)).toEqual([]);
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
  }
});

test("behind a trusted proxy, moderators sign in and approve through the public address, whether or not the proxy names the host", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  for (const forwardHost of [true, false]) {
    const file = freshDatabase(`behind-proxy-${forwardHost}`);
    addAccountToFile(file);
    const port = basePort + (forwardHost ? 1 : 2);
    // The proxy's port is only known once it listens, so it is started first, pointing at the
    // port the app will take.
    const { proxy, baseURL } = await startProxy(
      `http://localhost:${port}`,
      forwardHost,
    );
    const server = await startServer(port, file, {
      TRUST_PROXY: "true",
      SITE_URL: baseURL,
    });
    try {
      const title = `Approved behind a proxy ${unique()}`;
      const { reference } = runCatalogueCommand<{ reference: string }>(
        "add",
        { title, status: "pending" },
        file,
      );
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${baseURL}/admin/sign-in`);
      await page.getByLabel("Email address").fill(moderator.email);
      await page.getByLabel("Password").fill(moderator.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(
        page.getByRole("button", { name: "Sign out" }),
      ).toBeVisible();
      await page.goto(`${baseURL}/admin/examples/${reference}`);
      await page.getByRole("button", { name: "Approve and publish" }).click();
      await expect(page.getByText("Example published")).toBeVisible();
      const published = await page.request.get(`${baseURL}/e/${reference}`);
      expect(published.status()).toBe(200);
      await context.close();
      expect(errorLines(server)).toEqual([]);
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
      proxy.close();
    }
  }
});
