import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { checkRequest } from "./request-checks.mjs";

const rules = {
  trustProxy: false,
  siteHost: "catalogue.example",
  bodyLimitBytes: 1000,
};

const request = (
  method: string,
  url: string,
  headers: Record<string, string> = {},
) =>
  ({
    method,
    url,
    headers: { host: "localhost:3000", ...headers },
  }) as unknown as IncomingMessage;

describe("the checks before the app", () => {
  it("removes forwarded headers a client sent unless a proxy of ours is trusted", () => {
    const forged = {
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "10.0.0.1",
      forwarded: "host=evil.example",
    };
    const untrusted = request("GET", "/", forged);
    expect(checkRequest(untrusted, rules)).toBeNull();
    expect(untrusted.headers).toEqual({ host: "localhost:3000" });
    const trusted = request("GET", "/", forged);
    checkRequest(trusted, { ...rules, trustProxy: true });
    expect(trusted.headers).toMatchObject(forged);
  });

  it("takes posts on the API only where browsers send them: a result's opening, from this site", () => {
    expect(
      checkRequest(request("POST", "/api/search?q=x"), rules),
    ).toMatchObject({ status: 405, headers: { allow: "GET, HEAD, OPTIONS" } });
    const opening = "/api/insights/opened?q=x&example=IX-0001&position=1";
    expect(
      checkRequest(request("POST", opening, { "content-length": "4" }), rules),
    ).toBeNull();
    expect(
      checkRequest(
        request("POST", opening, {
          "content-length": "4",
          origin: "https://elsewhere.example",
        }),
        rules,
      ),
    ).toMatchObject({ status: 403 });
  });

  it("answers methods the app does not serve with 405 and what it does serve", () => {
    expect(checkRequest(request("TRACE", "/examples"), rules)).toMatchObject({
      status: 405,
      json: false,
      headers: { allow: "GET, HEAD, POST, OPTIONS" },
    });
    expect(checkRequest(request("POST", "/api/search"), rules)).toMatchObject({
      status: 405,
      json: true,
      headers: { allow: "GET, HEAD, OPTIONS" },
    });
    expect(checkRequest(request("OPTIONS", "/"), rules)).toMatchObject({
      status: 204,
    });
  });

  it("answers an API address that cannot be decoded with 400, and marks such a page for the page not found", () => {
    expect(
      checkRequest(request("GET", "/api/examples/%E0%A4%A"), rules),
    ).toMatchObject({
      status: 400,
      json: true,
      message: "The address is not correctly encoded",
    });
    const page = request("GET", "/examples/%E0%A4%A?q=x");
    expect(checkRequest(page, rules)).toBeNull();
    expect(page.headers["x-address-malformed"]).toBe("true");
    // A client cannot mark a good address itself.
    const good = request("GET", "/examples/caf%C3%A9?q=%E0", {
      "x-address-malformed": "true",
    });
    expect(checkRequest(good, rules)).toBeNull();
    expect(good.headers["x-address-malformed"]).toBeUndefined();
  });

  it("refuses a post from another site, even one that names a forwarded host", () => {
    const post = (headers: Record<string, string>) =>
      checkRequest(
        request("POST", "/admin", { "content-length": "10", ...headers }),
        rules,
      )?.status ?? "passed on";
    expect(post({ origin: "https://evil.example" })).toBe(403);
    expect(
      post({
        origin: "https://evil.example",
        "x-forwarded-host": "evil.example",
      }),
    ).toBe(403);
    expect(post({ origin: "null" })).toBe(403);
    expect(post({ origin: "https://catalogue.example" })).toBe("passed on");
    expect(post({ origin: "http://localhost:3000" })).toBe("passed on");
    expect(post({})).toBe("passed on");
  });

  it("believes the forwarded host only from a trusted proxy", () => {
    const behindProxy = request("POST", "/admin", {
      "content-length": "10",
      origin: "https://public.example",
      "x-forwarded-host": "public.example",
    });
    expect(
      checkRequest(behindProxy, { ...rules, trustProxy: true }),
    ).toBeNull();
  });

  it("refuses posts without a length or over the limit", () => {
    expect(checkRequest(request("POST", "/submit"), rules)?.status).toBe(411);
    expect(
      checkRequest(
        request("POST", "/submit", { "content-length": "1001" }),
        rules,
      )?.status,
    ).toBe(413);
  });
});
