import { expect, test } from "./test";

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
});
