import { expect, test } from "./test";
import { addExample, unique } from "./catalogue";

// Answers that are the same for everyone, so a CDN or reverse proxy in front may keep them.
const publicAnswers = [
  "/api/search?q=discharge",
  "/api/examples?theme=digital",
  "/api/examples?format=csv",
  "/api/examples/home-first",
  "/api/survey",
  "/feed.xml",
  "/themes/digital/feed.xml",
  "/sitemap.xml",
];

for (const path of publicAnswers) {
  test(`GET ${path} carries an ETag and a short public Cache-Control, and answers 304 when unchanged`, async ({
    request,
  }) => {
    const first = await request.get(path);
    expect(first.status()).toBe(200);
    const tag = first.headers()["etag"] ?? "";
    expect(tag).toMatch(/^W\/".+"$/);
    expect(first.headers()["cache-control"]).toMatch(
      /^public, max-age=\d+, stale-while-revalidate=\d+$/,
    );

    const again = await request.get(path, {
      headers: { "If-None-Match": tag },
    });
    expect(again.status()).toBe(304);
    expect(await again.body()).toHaveLength(0);
    expect(again.headers()["etag"]).toBe(tag);

    const stale = await request.get(path, {
      headers: { "If-None-Match": 'W/"an-older-copy"' },
    });
    expect(stale.status()).toBe(200);
    expect((await stale.body()).length).toBeGreaterThan(0);
  });
}

test("a publish changes the ETag, so a cache that revalidates gets the new answer", async ({
  request,
}) => {
  const word = `Etagcheck${unique()}`;
  const path = `/api/search?q=${word}`;
  const before = await request.get(path);
  expect((await before.json()).total).toBe(0);
  const tag = before.headers()["etag"] ?? "";

  addExample({ title: `${word} ward rounds` });

  // Counts and the search index may lag a committed change by up to a second.
  await expect(async () => {
    const after = await request.get(path, {
      headers: { "If-None-Match": tag },
    });
    expect(after.status()).toBe(200);
    expect((await after.json()).total).toBe(1);
  }).toPass();
});

test("errors and answers that differ by person are not marked cacheable", async ({
  request,
}) => {
  const invalid = await request.get("/api/search?sort=sideways");
  expect(invalid.status()).toBe(400);
  expect(invalid.headers()["cache-control"] ?? "").not.toContain("public");
  const health = await request.get("/api/health");
  expect(health.headers()["cache-control"]).toBe("no-store");
});
