import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { logger } from "@/app/logger";
import {
  signInAtProvider,
  startOidcProvider,
  type TestClient,
  type TestProvider,
} from "@/e2e/oidc-provider";
import {
  discoverProvider,
  finishSignIn,
  startSignIn,
  type SingleSignOnSettings,
} from "./oidc";

const redirectUri = "http://localhost:3999/admin/sign-in/sso/callback";
const ours: TestClient = {
  clientId: "improvement-examples",
  clientSecret: "our secret",
  redirectUri,
};
const anotherApp: TestClient = {
  clientId: "another-app",
  clientSecret: "their secret",
  redirectUri,
};

let provider: TestProvider;
let otherProvider: TestProvider;

beforeAll(async () => {
  [provider, otherProvider] = await Promise.all([
    startOidcProvider({
      clients: [ours, anotherApp],
      unverified: ["not.confirmed@nhs.net"],
    }),
    startOidcProvider({ clients: [ours] }),
  ]);
});
afterAll(async () => {
  await Promise.all([provider?.close(), otherProvider?.close()]);
});

const settingsFor = (
  issuer: string,
  app: TestClient = ours,
): SingleSignOnSettings => ({
  issuer,
  clientId: app.clientId,
  clientSecret: app.clientSecret,
  allowedDomains: ["nhs.net"],
  callbackUrl: redirectUri,
});

/**
 * Someone signs in at the provider: what the callback receives, and what it must match. `testing`
 * puts something between us and the provider (discoverProvider's options).
 */
async function signInAs(
  email: string,
  settings = settingsFor(provider.issuer),
  testing?: Parameters<typeof discoverProvider>[1],
) {
  const config = await discoverProvider(settings, testing);
  const { url, pending } = await startSignIn(config, settings, "/admin");
  const callbackUrl = await signInAtProvider(url, email);
  return { configuration: config, pending, callbackUrl, settings };
}

/** A real ID token the given provider issued to the given app, for someone. */
async function idTokenFrom(issuer: string, app: TestClient) {
  const { configuration, pending, callbackUrl } = await signInAs(
    "jo.bloggs@nhs.net",
    settingsFor(issuer, app),
  );
  const tokens = await client.authorizationCodeGrant(
    configuration,
    callbackUrl,
    {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
    },
  );
  return tokens.id_token!;
}

/** Stands between us and the provider, putting another ID token in the token endpoint's answer. */
const swapIdToken =
  (idToken: string): client.CustomFetch =>
  async (url, options) => {
    const response = await fetch(url, options as RequestInit);
    if (new URL(url).pathname !== "/token") return response;
    const body = await response.json();
    return new Response(JSON.stringify({ ...body, id_token: idToken }), {
      status: response.status,
      headers: { "content-type": "application/json" },
    });
  };

/** Finishes the sign-in and returns what was logged about a refusal. */
async function refusal(
  answer: Awaited<ReturnType<typeof signInAs>>,
  pending = answer.pending,
) {
  const warn = vi.spyOn(logger, "warn");
  try {
    const outcome = await finishSignIn(
      answer.configuration,
      answer.settings,
      answer.callbackUrl,
      pending,
    );
    expect(outcome).toEqual({ kind: "refused", reason: "failed" });
    expect(warn).toHaveBeenCalledTimes(1);
    const [fields] = warn.mock.calls[0]! as [{ event: string; reason: object }];
    expect(fields.event).toBe("sign_in.sso_refused");
    // Why, but never who.
    expect(JSON.stringify(warn.mock.calls)).not.toContain("@nhs.net");
    return JSON.stringify(fields.reason);
  } finally {
    warn.mockRestore();
  }
}

describe("single sign-on through a real OpenID provider", () => {
  it("accepts a verified address in an allowed domain, with who the provider says it is", async () => {
    const answer = await signInAs("Jo.Bloggs@nhs.net");
    expect(answer.callbackUrl.searchParams.get("state")).toBe(
      answer.pending.state,
    );
    expect(
      await finishSignIn(
        answer.configuration,
        answer.settings,
        answer.callbackUrl,
        answer.pending,
      ),
    ).toEqual({
      kind: "verified",
      subject: `${provider.issuer} jo.bloggs@nhs.net`,
      email: "jo.bloggs@nhs.net",
      name: "Jo Bloggs",
    });
  });

  it("asks the provider for the code with PKCE, state and nonce", async () => {
    const settings = settingsFor(provider.issuer);
    const { url, pending } = await startSignIn(
      await discoverProvider(settings),
      settings,
      "/admin",
    );
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toBe(
      await client.calculatePKCECodeChallenge(pending.codeVerifier),
    );
    expect(url.searchParams.get("state")).toBe(pending.state);
    expect(url.searchParams.get("nonce")).toBe(pending.nonce);
    expect(url.searchParams.get("redirect_uri")).toBe(redirectUri);
  });

  it("refuses an address outside the allowed domains, and one the provider does not vouch for", async () => {
    for (const [email, reason] of [
      ["someone@example.com", "outside-domains"],
      ["not.confirmed@nhs.net", "unverified"],
    ] as const) {
      const answer = await signInAs(email);
      expect(
        await finishSignIn(
          answer.configuration,
          answer.settings,
          answer.callbackUrl,
          answer.pending,
        ),
      ).toEqual({ kind: "refused", reason });
    }
  });

  it("refuses an answer whose state does not match the one this browser sent", async () => {
    const answer = await signInAs("jo.bloggs@nhs.net");
    expect(
      await refusal(answer, { ...answer.pending, state: client.randomState() }),
    ).toMatch(/state/);
  });

  it("refuses an ID token whose nonce does not match", async () => {
    const answer = await signInAs("jo.bloggs@nhs.net");
    expect(
      await refusal(answer, { ...answer.pending, nonce: client.randomNonce() }),
    ).toMatch(/nonce/);
  });

  it("refuses a code used a second time", async () => {
    const answer = await signInAs("jo.bloggs@nhs.net");
    const first = await finishSignIn(
      answer.configuration,
      answer.settings,
      answer.callbackUrl,
      answer.pending,
    );
    expect(first.kind).toBe("verified");
    expect(await refusal(answer)).toMatch(/invalid_grant/);
  });

  it("refuses an ID token from another issuer", async () => {
    const foreign = await idTokenFrom(otherProvider.issuer, ours);
    const answer = await signInAs("jo.bloggs@nhs.net", undefined, {
      customFetch: swapIdToken(foreign),
    });
    expect(await refusal(answer)).toMatch(/iss/);
  });

  it("refuses an ID token issued to another client", async () => {
    const theirs = await idTokenFrom(provider.issuer, anotherApp);
    const answer = await signInAs("jo.bloggs@nhs.net", undefined, {
      customFetch: swapIdToken(theirs),
    });
    expect(await refusal(answer)).toMatch(/aud/);
  });

  it("refuses an expired ID token", async () => {
    // Our clock two hours on: the provider's tokens last one hour.
    const answer = await signInAs("jo.bloggs@nhs.net", undefined, {
      clockSkew: 2 * 60 * 60,
    });
    expect(await refusal(answer)).toMatch(/exp/);
  });
});
