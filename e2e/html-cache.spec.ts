import fs from "node:fs";
import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { addExample, unique } from "./catalogue";
import { signIn } from "./moderator";
import {
  freshDatabase,
  navigation,
  openPage,
  startServer,
  workerFile,
} from "./server-process";
import { expect, test } from "./test";
import { ownPort } from "./ports";

const nonceInPolicy = (response: APIResponse) =>
  /'nonce-([^']+)'/.exec(
    response.headers()["content-security-policy"] ?? "",
  )?.[1] ?? "";

/**
 * The answer for `path` once it comes from the cache: a render is kept only if nothing was
 * written meanwhile, and other tests' background work (email being sent) writes now and then.
 */
async function keptAnswer(request: APIRequestContext, path: string) {
  let answer: APIResponse | undefined;
  await expect
    .poll(async () => {
      answer = await request.get(path, {
        maxRedirects: 0,
        headers: navigation,
      });
      return answer.headers()["x-cache"];
    })
    .toBe("hit");
  return answer!;
}

/** Opens `path` in the browser until it is the cached answer that hydrates. */
async function openKept(page: Page, path: string) {
  await expect(async () => {
    const response = await page.goto(path);
    expect(response?.headers()["x-cache"]).toBe("hit");
  }).toPass();
}

/** Every nonce-like value (16 bytes in base64) in a body. */
const nonceLike = (body: string) =>
  new Set(body.match(/[A-Za-z0-9+/]{22}==/g) ?? []);

test("a kept example page gets a new nonce in every answer, matching its own policy, and still works", async ({
  page,
  request,
  context,
  baseURL,
}) => {
  const first = await request.get("/examples/families-matter", {
    headers: navigation,
  });
  const second = await keptAnswer(request, "/examples/families-matter");
  const bodies = [await first.text(), await second.text()];
  const nonces = [nonceInPolicy(first), nonceInPolicy(second)];
  expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(nonces[1]).not.toBe(nonces[0]);
  bodies.forEach((body, i) => {
    // Every mention of a nonce in the page (script and style tags, and the React payload that
    // recreates them) carries this answer's own.
    const mentions = body.match(/nonce/g)?.length ?? 0;
    expect(mentions).toBeGreaterThan(0);
    expect(body.split(nonces[i]!).length - 1).toBe(mentions);
    expect([...nonceLike(body)]).toEqual([nonces[i]]);
  });
  // Gzipped for a client that takes it (as this one does, unzipping the body checked above);
  // plain for one that does not.
  expect(second.headers()["content-encoding"]).toBe("gzip");
  expect(second.headers()["vary"]).toMatch(/accept-encoding/i);
  let plain: APIResponse | undefined;
  await expect
    .poll(async () => {
      plain = await request.get("/examples/families-matter", {
        headers: { ...navigation, "accept-encoding": "identity" },
      });
      return plain.headers()["x-cache"];
    })
    .toBe("hit");
  expect(plain!.headers()["content-encoding"]).toBeUndefined();
  expect(await plain!.text()).toContain("Families matter");

  // A cached answer hydrates (gzipped, as browsers take it): the copy-link and shortlist buttons
  // work.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openKept(page, "/examples/families-matter");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Link copied" }),
  ).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/examples/families-matter`,
  );
  await page
    .getByRole("button", { name: /^Add\s+‘.+’\s*to shortlist$/ })
    .first()
    .click();
  await expect(
    page.getByText("Added to your shortlist. It has 1 example."),
  ).toBeVisible();
});

/** Requests at a page's address that are not a person opening it, as Next's router and others send them. */
const notNavigations: {
  name: string;
  headers?: Record<string, string>;
  query?: string;
}[] = [
  ...[
    "RSC",
    "Next-Router-State-Tree",
    "Next-Router-Prefetch",
    "Next-Router-Segment-Prefetch",
    "Next-Url",
    "x-middleware-prefetch",
    "Next-Action",
  ].map((header) => ({
    name: header,
    headers: { ...navigation, [header]: header === "Next-Url" ? "/" : "1" },
  })),
  { name: "_rsc", headers: navigation, query: "_rsc=abc12" },
  { name: "Accept: */*", headers: { accept: "*/*" } },
  { name: "Accept: application/json", headers: { accept: "application/json" } },
  { name: "Accept: text/x-component", headers: { accept: "text/x-component" } },
  {
    name: "Sec-Fetch-Dest: image",
    headers: { ...navigation, "sec-fetch-dest": "image" },
  },
];

/** A whole HTML document, as a person opening the page must get. */
async function expectWholeDocument(answer: APIResponse, what: string) {
  expect(answer.headers()["content-type"], what).toMatch(/^text\/html/);
  const body = await answer.text();
  expect(
    body.startsWith("<!DOCTYPE html>"),
    `${what}: ${body.slice(0, 80)}`,
  ).toBe(true);
  expect(body.trimEnd().endsWith("</html>"), what).toBe(true);
}

test("no request but a person's plain navigation is answered from, or kept in, the cache", async ({
  request,
}) => {
  test.setTimeout(180_000);
  // A change first, so that no page is kept: whatever is asked for first could be kept.
  const { slug, reference } = addExample({
    title: `Kept only whole ${unique()}`,
  });
  const withAddress = (route: string, query?: string) =>
    query ? `${route}${route.includes("?") ? "&" : "?"}${query}` : route;
  const keptRoutes = [
    "/",
    "/examples",
    "/examples?q=discharge",
    `/examples/${slug}`,
    "/themes",
    "/themes/digital",
    "/survey",
    "/labels",
    "/accessibility",
  ];
  for (const route of keptRoutes) {
    // Before the page is kept: nothing these ask for is kept for the next visitor.
    for (const other of notNavigations) {
      const answer = await request.get(withAddress(route, other.query), {
        headers: other.headers,
        maxRedirects: 0,
      });
      expect(
        answer.headers()["x-cache"],
        `${route} with ${other.name}`,
      ).toBeUndefined();
    }
    const first = await request.get(route, { headers: navigation });
    expect(first.headers()["x-cache"], route).toBe("miss");
    await expectWholeDocument(first, route);
    const kept = await keptAnswer(request, route);
    await expectWholeDocument(kept, route);
    // Once it is kept: none of them is answered from it.
    for (const other of notNavigations) {
      const answer = await request.get(withAddress(route, other.query), {
        headers: other.headers,
        maxRedirects: 0,
      });
      expect(
        answer.headers()["x-cache"],
        `${route} with ${other.name}`,
      ).toBeUndefined();
    }
    // And a plain navigation still is, with the whole page (once nothing else on this worker's
    // server has written meanwhile).
    await expectWholeDocument(await keptAnswer(request, route), route);
  }
  // The short address of an example, kept as its redirect.
  for (const other of notNavigations) {
    const answer = await request.get(
      withAddress(`/e/${reference}`, other.query),
      {
        headers: other.headers,
        maxRedirects: 0,
      },
    );
    expect(
      answer.headers()["x-cache"],
      `/e/ with ${other.name}`,
    ).toBeUndefined();
  }
  const redirect = await keptAnswer(request, `/e/${reference}`);
  expect(redirect.status()).toBe(308);
  expect(redirect.headers()["location"]).toBe(`/examples/${slug}`);
});

test("no answer of any kind gives away the server's placeholder nonce", async ({
  request,
}) => {
  const withdrawn = addExample({
    title: `Withdrawn for the cache ${unique()}`,
    status: "withdrawn",
  });
  const routes = [
    "/",
    "/examples",
    "/examples?q=discharge&theme=digital",
    "/examples/families-matter",
    "/examples/no-such-example",
    `/examples/${withdrawn.slug}`,
    "/examples/%E0%A4%A",
    "/themes",
    "/themes/digital",
    "/themes/no-such-theme",
    "/survey",
    "/labels",
    "/service-busy",
    "/service-unavailable",
    "/submit",
    "/feed.xml",
    "/themes/digital/feed.xml",
    "/sitemap.xml",
    "/api/search?q=discharge",
    "/api/examples/families-matter",
    "/api/health",
  ];
  for (const route of routes) {
    // Twice: the placeholder is the same in every render of this server, a nonce never is.
    const answers = [
      await request.get(route, { maxRedirects: 0, headers: navigation }),
      await request.get(route, { maxRedirects: 0, headers: navigation }),
    ];
    const seen = await Promise.all(
      answers.map(async (answer) => {
        const values = nonceLike(await answer.text());
        for (const value of Object.values(answer.headers()))
          for (const one of nonceLike(value)) values.add(one);
        return values;
      }),
    );
    const shared = [...seen[0]!].filter((value) => seen[1]!.has(value));
    expect(shared, route).toEqual([]);
  }
  const gone = await keptAnswer(request, `/examples/${withdrawn.slug}`);
  expect(gone.status()).toBe(410);
});

test("a nonce written into an example's text stays text", async ({ page }) => {
  const title = `Nonce in the text <script nonce="abc">window.injected = true</script> ${unique()}`;
  const { slug } = addExample({ title });
  await openKept(page, `/examples/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  expect(await page.evaluate(() => "injected" in window)).toBe(false);
});

test("a signed-in moderator never gets a kept page, and never has one kept for others", async ({
  page,
  request,
}) => {
  const { slug } = addExample({ title: `Moderator view ${unique()}` });
  await signIn(page);
  const session = (await page.context().cookies()).find(
    (cookie) => cookie.name === "moderator_session",
  );
  expect(session).toBeDefined();
  // Browsers send the session cookie only under /admin; a request that carries it anywhere else
  // (a proxy in front, an older cookie) is still answered afresh.
  for (let visit = 0; visit < 2; visit += 1) {
    const answer = await request.get(`/examples/${slug}`, {
      headers: { ...navigation, cookie: `moderator_session=${session!.value}` },
    });
    expect(answer.status()).toBe(200);
    expect(answer.headers()["x-cache"]).toBeUndefined();
  }
  // The first anonymous visitor is the first render.
  const anonymous = await request.get(`/examples/${slug}`, {
    headers: navigation,
  });
  expect(anonymous.headers()["x-cache"]).toBe("miss");
});

test("a publish shows on the kept pages at once", async ({ request }) => {
  const before = await keptAnswer(request, "/examples?q=quokkaish");
  expect(await before.text()).not.toContain("Quokkaish");
  const title = `Quokkaish ward rounds ${unique()}`;
  addExample({ title });
  const after = await request.get("/examples?q=quokkaish", {
    headers: navigation,
  });
  expect(after.headers()["x-cache"]).toBe("miss");
  expect(await after.text()).toContain(title);
});

test("a kept example page says its review is overdue once the date passes, with nothing changed", async () => {
  test.setTimeout(120_000);
  // A server of its own, with a clock the test moves: the seeded examples are due for review on
  // 30 November 2025.
  const clock = `${workerFile("review-due")}.clock`;
  fs.writeFileSync(clock, "2025-11-29T10:00:00Z");
  const server = await startServer(ownPort(7), freshDatabase("review-due"), {
    CLOCK_FILE: clock,
  });
  try {
    const page = `${server.baseURL}/examples/home-first`;
    let kept: Response | undefined;
    await expect
      .poll(async () => {
        kept = await openPage(page);
        return kept.headers.get("x-cache");
      })
      .toBe("hit");
    const before = await kept!.text();
    expect(before).toContain("30 November 2025");
    expect(before).not.toContain("(overdue)");

    fs.writeFileSync(clock, "2025-12-01T10:00:00Z");
    const after = await openPage(page);
    expect(after.headers.get("x-cache")).toBe("miss");
    expect(await after.text()).toContain("(overdue)");
    // Kept again from then, overdue: once a render finds nothing written meanwhile (the review
    // job may record the overdue examples just then).
    let again: Response | undefined;
    await expect
      .poll(async () => {
        again = await openPage(page);
        return again.headers.get("x-cache");
      })
      .toBe("hit");
    expect(await again!.text()).toContain("(overdue)");
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
  }
});
