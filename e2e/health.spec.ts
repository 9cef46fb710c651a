import { expect, test } from "./test";
import { navigation } from "./server-process";

test("GET /api/health says the database is reachable and fully migrated", async ({
  request,
}) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: "reachable" });
  expect(body.migrations.applied).toBe(body.migrations.expected);
  expect(body.migrations.expected).toBeGreaterThan(0);
  // Search counts waiting to be written, none dropped.
  expect(body.searchInsights).toEqual({
    recording: true,
    keys: expect.any(Number),
    dropped: 0,
  });
});

test("GET /api/health counts the HTML cache's hits, misses and evictions, and the load", async ({
  request,
}) => {
  const before = (await (await request.get("/api/health")).json()).htmlCache;
  expect(before).toMatchObject({
    hits: expect.any(Number),
    misses: expect.any(Number),
    evictions: expect.any(Number),
    maxBytes: 128 * 1024 * 1024,
  });
  // A page kept, then answered from the cache: one more miss and at least one more hit.
  await expect
    .poll(
      async () =>
        (await request.get("/labels", { headers: navigation })).headers()[
          "x-cache"
        ] ?? "not kept",
    )
    .toBe("hit");
  const after = await (await request.get("/api/health")).json();
  expect(after.htmlCache.hits).toBeGreaterThan(before.hits);
  expect(after.htmlCache.misses).toBeGreaterThan(before.misses);
  expect(after.htmlCache.bytes).toBeGreaterThan(0);
  expect(after.load).toMatchObject({
    maxActive: 8,
    maxQueued: 24,
    shed: 0,
  });
});
