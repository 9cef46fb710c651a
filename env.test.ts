import { describe, expect, it } from "vitest";
import { checkServerSettings, readEnv } from "./env";

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

  it("offers single sign-on only with all four settings, and only over https away from this machine", () => {
    const complete = {
      OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0",
      OIDC_CLIENT_ID: "client",
      OIDC_CLIENT_SECRET: "secret",
      OIDC_ALLOWED_DOMAINS: "nhs.net, @Example.NHS.uk",
    };
    const env = readEnv(complete);
    expect(() => checkServerSettings(env)).not.toThrow();
    expect(env.OIDC_ALLOWED_DOMAINS).toEqual(["nhs.net", "example.nhs.uk"]);
    expect(() => checkServerSettings(readEnv({}))).not.toThrow();
    const { OIDC_CLIENT_SECRET: _secret, ...withoutSecret } = complete;
    expect(() => checkServerSettings(readEnv(withoutSecret))).toThrow(
      /OIDC_CLIENT_SECRET missing/,
    );
    expect(() =>
      checkServerSettings(
        readEnv({ ...complete, OIDC_ISSUER: "http://login.example.com" }),
      ),
    ).toThrow(/must be an https/);
    expect(() =>
      checkServerSettings(
        readEnv({ ...complete, OIDC_ISSUER: "http://localhost:4000" }),
      ),
    ).not.toThrow();
  });

  it("serves PostgreSQL only with a session secret that every instance shares, saying why", () => {
    const url = "postgres://app:secret@db.internal:5432/catalogue";
    // Command-line tools read the same settings and never sign anyone in.
    const withoutSecret = readEnv({ DATABASE_URL: url });
    expect(() => checkServerSettings(withoutSecret)).toThrow(
      /SESSION_SECRET is required with DATABASE_URL/,
    );
    const env = readEnv({
      DATABASE_URL: url,
      SESSION_SECRET: "x".repeat(32),
    });
    expect(() => checkServerSettings(env)).not.toThrow();
    expect(env.DATABASE_URL).toBe(url);
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(() =>
      readEnv({
        DATABASE_URL: "mysql://db/catalogue",
        SESSION_SECRET: "x".repeat(32),
      }),
    ).toThrow(/DATABASE_URL/);
  });
});
