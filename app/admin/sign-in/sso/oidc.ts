import "server-only";
import * as client from "openid-client";
import { logger } from "@/app/logger";
import { env } from "@/env";

/** Single sign-on's settings, or null when it is not set up (passwords only, as before). */
export type SingleSignOnSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string[];
  /** Where the provider sends people back; registered with the provider as the redirect URI. */
  callbackUrl: string;
};

export function singleSignOnSettings(): SingleSignOnSettings | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = env;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    issuer: OIDC_ISSUER,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    allowedDomains: env.OIDC_ALLOWED_DOMAINS,
    callbackUrl: `${env.SITE_URL}/admin/sign-in/sso/callback`,
  };
}

/**
 * The provider's configuration from its discovery document. Tests may pass a fetch that stands
 * between us and the provider, and a clock offset, to play a provider that answers wrongly.
 */
export async function discoverProvider(
  settings: SingleSignOnSettings,
  testing: { customFetch?: client.CustomFetch; clockSkew?: number } = {},
): Promise<client.Configuration> {
  const configuration = await client.discovery(
    new URL(settings.issuer),
    settings.clientId,
    testing.clockSkew ? { [client.clockSkew]: testing.clockSkew } : undefined,
    client.ClientSecretPost(settings.clientSecret),
    {
      // Plain http is refused by the library; env.ts allows it only for a provider on localhost.
      execute:
        new URL(settings.issuer).protocol === "http:"
          ? [client.allowInsecureRequests]
          : [],
      ...(testing.customFetch
        ? { [client.customFetch]: testing.customFetch }
        : {}),
    },
  );
  if (testing.customFetch)
    configuration[client.customFetch] = testing.customFetch;
  return configuration;
}

const cache = globalThis as unknown as {
  singleSignOnProvider?: Promise<client.Configuration>;
};

/** The provider's configuration, discovered once per process (again after a failure). */
export function providerConfiguration(
  settings: SingleSignOnSettings,
): Promise<client.Configuration> {
  cache.singleSignOnProvider ??= discoverProvider(settings).catch((error) => {
    cache.singleSignOnProvider = undefined;
    throw error;
  });
  return cache.singleSignOnProvider;
}

/** What the browser carries (signed) from leaving for the provider to coming back. */
export type PendingSignIn = {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
};

/** The provider's sign-in address, with PKCE, state and nonce that only this browser knows. */
export async function startSignIn(
  configuration: client.Configuration,
  settings: SingleSignOnSettings,
  returnTo: string,
): Promise<{ url: URL; pending: PendingSignIn }> {
  const pending = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
    returnTo,
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: settings.callbackUrl,
    scope: "openid email profile",
    response_type: "code",
    code_challenge: await client.calculatePKCECodeChallenge(
      pending.codeVerifier,
    ),
    code_challenge_method: "S256",
    state: pending.state,
    nonce: pending.nonce,
  });
  return { url, pending };
}

export type SignInOutcome =
  | { kind: "verified"; subject: string; email: string; name: string }
  | { kind: "refused"; reason: "failed" | "unverified" | "outside-domains" };

/**
 * Why the library refused an answer, for the log: its error code and the check that failed
 * ("unexpected JWT "aud" (audience) claim value"), never the claims themselves, which hold the
 * person's address.
 */
function describe(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, error: oauthError } = error as {
    code?: string;
    error?: string;
  };
  return {
    name: error.name,
    code,
    oauthError,
    message: error.message,
    ...(error.cause instanceof Error ? { check: error.cause.message } : {}),
  };
}

/**
 * Checks the provider's answer as the library does (state, the code exchanged once with its PKCE
 * verifier, the ID token's issuer, audience, expiry and nonce), then that the email address is
 * verified and in an allowed domain. Every refusal is logged, without the person's details.
 */
export async function finishSignIn(
  configuration: client.Configuration,
  settings: SingleSignOnSettings,
  callbackUrl: URL,
  pending: PendingSignIn,
): Promise<SignInOutcome> {
  let claims: client.IDToken | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(
      configuration,
      callbackUrl,
      {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      },
    );
    claims = tokens.claims();
    // Some providers keep the address for the userinfo endpoint rather than the ID token.
    if (claims && typeof claims.email !== "string")
      claims = {
        ...claims,
        ...(await client.fetchUserInfo(
          configuration,
          tokens.access_token,
          claims.sub,
        )),
        iss: claims.iss,
        sub: claims.sub,
      };
  } catch (error) {
    logger.warn(
      { event: "sign_in.sso_refused", reason: describe(error) },
      "Single sign-on answer refused",
    );
    return { kind: "refused", reason: "failed" };
  }
  const email =
    typeof claims?.email === "string" ? claims.email.trim().toLowerCase() : "";
  // Microsoft Entra ID says a domain's owner vouches for the address with xms_edov.
  const verified = claims?.email_verified === true || claims?.xms_edov === true;
  if (!claims || !email.includes("@") || !verified) {
    logger.warn(
      { event: "sign_in.sso_unverified" },
      "Single sign-on without a verified email address",
    );
    return { kind: "refused", reason: "unverified" };
  }
  if (!settings.allowedDomains.includes(email.split("@").pop()!)) {
    logger.info(
      { event: "sign_in.sso_outside_domains" },
      "Single sign-on from an address outside the allowed domains",
    );
    return { kind: "refused", reason: "outside-domains" };
  }
  const name =
    typeof claims.name === "string" && claims.name.trim()
      ? claims.name.trim().slice(0, 100)
      : email.split("@")[0]!;
  return {
    kind: "verified",
    subject: `${claims.iss} ${claims.sub}`,
    email,
    name,
  };
}
