import { generateKeyPairSync, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

/**
 * A real OpenID provider (the oidc-provider package) for tests, on a port of its own. Its sign-in
 * page asks only for an email address and vouches for whatever is typed, verified, as an
 * organisation's single sign-on would for its own staff.
 */
export type TestProvider = {
  issuer: string;
  close(): Promise<void>;
};

export type TestClient = {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
};

/** A display name from the address, as the provider's directory would have it: "Jo Bloggs". */
export const nameFor = (email: string) =>
  email
    .split("@")[0]!
    .split(/[._-]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Test identity provider</title></head><body><main>${body}</main></body></html>`;

export async function startOidcProvider(options: {
  port?: number;
  clients: TestClient[];
  /** Addresses the provider will not vouch for (email_verified false). */
  unverified?: string[];
}): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, "127.0.0.1", resolve),
  );
  const { port } = server.address() as AddressInfo;
  const issuer = `http://localhost:${port}`;
  const signingKey = generateKeyPairSync("rsa", {
    modulusLength: 2048,
  }).privateKey.export({ format: "jwk" });
  const provider = new Provider(issuer, {
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: [client.redirectUri],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post",
    })),
    jwks: { keys: [{ ...signingKey, kid: randomUUID(), use: "sig" }] },
    cookies: { keys: [randomUUID()] },
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name"],
    },
    features: { devInteractions: { enabled: false } },
    ttl: {
      Interaction: 600,
      Session: 600,
      Grant: 600,
      AccessToken: 600,
      IdToken: 3600,
      AuthorizationCode: 60,
    },
    pkce: { required: () => true },
    interactions: {
      url: (_ctx: KoaContextWithOIDC, interaction) =>
        `/interaction/${interaction.uid}`,
    },
    findAccount: (_ctx: KoaContextWithOIDC, id: string) => ({
      accountId: id,
      claims: () => ({
        sub: id,
        email: id,
        email_verified: !(options.unverified ?? []).includes(id),
        name: nameFor(id),
      }),
    }),
    // Consent is the organisation's business, not the test's: every client gets what it asks for.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  server.on("request", async (request, response) => {
    if (!request.url?.startsWith("/interaction/"))
      return callback(request, response);
    try {
      await provider.interactionDetails(request, response);
      if (request.method === "GET") {
        response.writeHead(200, { "Content-Type": "text/html" });
        response.end(
          page(
            `<h1>Sign in to your organisation</h1><form method="post"><label for="login">Work email address</label> <input id="login" name="login" type="email"> <button type="submit">Continue</button></form>`,
          ),
        );
        return;
      }
      let body = "";
      for await (const chunk of request) body += chunk;
      const login = new URLSearchParams(body).get("login") ?? "";
      await provider.interactionFinished(
        request,
        response,
        { login: { accountId: login.trim().toLowerCase() } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      response.writeHead(400, { "Content-Type": "text/plain" });
      response.end(String(error));
    }
  });
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Goes through the provider's sign-in as a browser would (cookies kept, redirects followed, the
 * form posted with this address) and returns the address it sends the person back to.
 */
export async function signInAtProvider(
  authorizationUrl: URL,
  login: string,
): Promise<URL> {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      cookies.set(name!, value.join("="));
    }
  };
  const cookieHeader = () =>
    [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop += 1) {
    let response = await fetch(url, {
      redirect: "manual",
      headers: { cookie: cookieHeader() },
    });
    keep(response);
    if (response.status === 200 && url.pathname.startsWith("/interaction/")) {
      response = await fetch(url, {
        method: "POST",
        redirect: "manual",
        headers: {
          cookie: cookieHeader(),
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ login }),
      });
      keep(response);
    }
    const location = response.headers.get("location");
    if (!location)
      throw new Error(
        `The provider answered ${response.status} at ${url.pathname}: ${await response.text()}`,
      );
    const next = new URL(location, url);
    if (next.origin !== authorizationUrl.origin) return next;
    url = next;
  }
  throw new Error("The provider redirected too many times");
}
