import path from "node:path";
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z
    .enum(["development", "test", "production"])
    .default("development"),
  DATABASE_PATH: z.string().min(1).default("data/catalogue.db"),
  /** The public address, for canonical links, feeds and the sitemap. */
  SITE_URL: z
    .url()
    .default("http://localhost:3000")
    .transform((url) => url.replace(/\/+$/, "")),
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
});

/** Every environment variable the app reads, checked once so a typo fails loudly at start. */
export const env = (() => {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = z.flattenError(parsed.error).fieldErrors;
    throw new Error(
      `Invalid environment variables: ${JSON.stringify(problems)}`,
    );
  }
  return {
    ...parsed.data,
    DATABASE_PATH: path.resolve(parsed.data.DATABASE_PATH),
  };
})();
