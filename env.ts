import path from "node:path";
import { z } from "zod";

const schema = z
  .object({
    NODE_ENV: z
      .enum(["development", "test", "production"])
      .default("development"),
    /** The port server.mjs listens on; also the default SITE_URL's port. */
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    DATABASE_PATH: z.string().min(1).default("data/catalogue.db"),
    /**
     * postgres://… to run on PostgreSQL (for several app instances over one database) instead of
     * the SQLite file at DATABASE_PATH.
     */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "Must start with postgres://")
      .optional(),
    /** Connections each instance keeps open to PostgreSQL. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /**
     * The public address, for canonical links, feeds and the sitemap. Unset, it is this machine
     * on PORT, so links work for whoever runs the app locally.
     */
    SITE_URL: z.url().optional(),
    /**
     * "true" when the app sits behind a proxy that appends the client's address to
     * X-Forwarded-For; the rate limits then use its last entry. Otherwise the header is ignored.
     */
    TRUST_PROXY: z
      .enum(["true", "false"])
      .default("false")
      .transform((value) => value === "true"),
    /**
     * Signs moderators' session cookies: 32 or more random characters. If unset, a random key is
     * made at start, so moderators must sign in again after each restart.
     */
    SESSION_SECRET: z.string().min(32).optional(),
    /**
     * Single sign-on (OpenID Connect), all four or none: the identity provider's issuer address
     * (for NHSmail, https://login.microsoftonline.com/<tenant id>/v2.0), this app's client id and
     * secret there, and the email domains whose people may be invited, comma-separated ("nhs.net").
     * Without them the sign-in page offers passwords only.
     */
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_ALLOWED_DOMAINS: z
      .string()
      .optional()
      .transform((value) =>
        (value ?? "")
          .split(",")
          .map((domain) => domain.trim().toLowerCase().replace(/^@/, ""))
          .filter(Boolean),
      ),
    /**
     * Email: the mail server (smtp://user:password@host:587, upgraded with STARTTLS when the
     * server offers it, or smtps:// for TLS from the start) and the From address. Without
     * SMTP_URL, emails are written as .eml files beside the SQLite database instead of sent.
     */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, "Must start with smtp:// or smtps://")
      .optional(),
    MAIL_FROM: z.string().min(3).optional(),
    /** DKIM signing, all three or none: the signing domain, the selector and the private key (PEM). */
    DKIM_DOMAIN: z.string().min(1).optional(),
    DKIM_SELECTOR: z.string().min(1).optional(),
    DKIM_PRIVATE_KEY: z.string().min(1).optional(),
    /**
     * "off" stops counting searches and openings for the Insights page (db/insights): nothing is
     * recorded, and the page says so.
     */
    SEARCH_INSIGHTS: z.enum(["on", "off"]).default("on"),
    /**
     * For tests only: a file holding the date and time the app should take as now (ISO 8601), read
     * whenever the app asks, so a test can move it through days without waiting for them.
     */
    CLOCK_FILE: z.string().min(1).optional(),
  })
  .transform(({ SITE_URL, ...settings }) => ({
    ...settings,
    SITE_URL: (SITE_URL ?? `http://localhost:${settings.PORT}`).replace(
      /\/+$/,
      "",
    ),
    DATABASE_PATH: path.resolve(settings.DATABASE_PATH),
  }));

export type Env = z.output<typeof schema>;

/** Reads and checks the environment variables the app uses, so a typo fails loudly at start. */
export function readEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = z.flattenError(parsed.error).fieldErrors;
    throw new Error(
      `Invalid environment variables: ${JSON.stringify(problems)}`,
    );
  }
  return parsed.data;
}

/**
 * What the server needs beyond what every command needs, checked when it starts (command-line
 * tools such as `npm run moderator:add` never sign anyone in, so they do not ask for it).
 */
export function checkServerSettings(settings: Env): void {
  if (settings.DATABASE_URL && !settings.SESSION_SECRET)
    throw new Error(
      "SESSION_SECRET is required with DATABASE_URL: every instance must sign moderators' sessions with the same key, or a moderator signed in on one is signed out on the next",
    );
  const singleSignOn = {
    OIDC_ISSUER: settings.OIDC_ISSUER,
    OIDC_CLIENT_ID: settings.OIDC_CLIENT_ID,
    OIDC_CLIENT_SECRET: settings.OIDC_CLIENT_SECRET,
    OIDC_ALLOWED_DOMAINS: settings.OIDC_ALLOWED_DOMAINS.join(","),
  };
  const missing = Object.entries(singleSignOn)
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length > 0 && missing.length < 4)
    throw new Error(
      `Single sign-on needs all of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_ALLOWED_DOMAINS: ${missing.join(", ")} missing`,
    );
  if (settings.SMTP_URL && !settings.MAIL_FROM)
    throw new Error(
      "MAIL_FROM is required with SMTP_URL: the address emails come from, which the mail server lets this app send as",
    );
  const dkim = [
    settings.DKIM_DOMAIN,
    settings.DKIM_SELECTOR,
    settings.DKIM_PRIVATE_KEY,
  ].filter(Boolean).length;
  if (dkim !== 0 && dkim !== 3)
    throw new Error(
      "DKIM signing needs all of DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY",
    );
  if (
    settings.OIDC_ISSUER &&
    !settings.OIDC_ISSUER.startsWith("https:") &&
    new URL(settings.OIDC_ISSUER).hostname !== "localhost"
  )
    throw new Error(
      "OIDC_ISSUER must be an https:// address (plain http only for a provider on localhost, in tests)",
    );
}

/** Every environment variable the app reads, checked once at start. */
export const env = readEnv(process.env);
