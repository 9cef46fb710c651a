import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "./search-params";

describe("the search's words", () => {
  it("are refused with a clear error when they hold hidden control characters", () => {
    const parsed = parseSearchQuery(
      new URLSearchParams({ q: "falls\u0007" }),
      [],
    );
    expect(parsed).toMatchObject({
      ok: false,
      parameter: "q",
      message: "Search words must not include hidden control characters",
    });
  });

  it("are read without bidirectional overrides", () => {
    const parsed = parseSearchQuery(
      new URLSearchParams({ q: "\u202Efalls" }),
      [],
    );
    expect(parsed.ok && parsed.params.q).toBe("falls");
  });
});
