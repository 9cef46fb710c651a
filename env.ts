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
