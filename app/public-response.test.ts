import { describe, expect, it } from "vitest";
import {
  entityTag,
  matchesEntityTag,
  publicJson,
  publicResponse,
} from "./public-response";

const get = (headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/survey", { headers });

describe("public responses", () => {
  it("tags the same body the same way and a changed body differently", () => {
    expect(entityTag('{"a":1}')).toBe(entityTag('{"a":1}'));
    expect(entityTag('{"a":1}')).not.toBe(entityTag('{"a":2}'));
  });

  it("answers with the body, an ETag and a short public Cache-Control", async () => {
    const response = publicJson(get(), { total: 3 });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ total: 3 });
    expect(response.headers.get("etag")).toBe(entityTag('{"total":3}'));
    expect(response.headers.get("cache-control")).toMatch(
      /^public, max-age=\d+, stale-while-revalidate=\d+$/,
    );
    expect(response.headers.get("content-type")).toBe("application/json");
  });

  it("answers 304 with no body when the client already holds the same bytes", async () => {
    const tag = entityTag("<feed/>");
    const response = publicResponse(get({ "if-none-match": tag }), "<feed/>", {
      "Content-Type": "application/atom+xml",
    });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("etag")).toBe(tag);
  });

  it("sends the new body when the client's copy is out of date", () => {
    const old = entityTag("<feed>old</feed>");
    const response = publicResponse(
      get({ "if-none-match": old }),
      "<feed>new</feed>",
      {},
    );
    expect(response.status).toBe(200);
  });

  it("reads lists, weak and strong forms and the wildcard", () => {
    const tag = entityTag("body");
    const opaque = tag.replace(/^W\//, "");
    expect(matchesEntityTag(`"other", ${opaque}`, tag)).toBe(true);
    expect(matchesEntityTag(tag, tag)).toBe(true);
    expect(matchesEntityTag("*", tag)).toBe(true);
    expect(matchesEntityTag('"other"', tag)).toBe(false);
    expect(matchesEntityTag(null, tag)).toBe(false);
  });
});
