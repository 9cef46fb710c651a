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
}

/** Every environment variable the app reads, checked once at start. */
export const env = readEnv(process.env);
