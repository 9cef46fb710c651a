import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("readEnv", () => {
  it("points links at this machine's own port when SITE_URL is unset", () => {
    expect(readEnv({ PORT: "3555" }).SITE_URL).toBe("http://localhost:3555");
    expect(readEnv({}).SITE_URL).toBe("http://localhost:3000");
  });

  it("uses SITE_URL when it is set, without a trailing slash", () => {
    const env = readEnv({ PORT: "3555", SITE_URL: "https://examples.nhs.uk/" });
    expect(env.SITE_URL).toBe("https://examples.nhs.uk");
  });

  it("refuses a port or address that cannot work, naming the variable", () => {
    expect(() => readEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => readEnv({ SITE_URL: "examples.nhs.uk" })).toThrow(/SITE_URL/);
  });
});
