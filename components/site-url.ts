import "server-only";
import { env } from "@/env";

/** An absolute URL on this service, from SITE_URL, for canonical links, feeds and the sitemap. */
export function absoluteUrl(path: string): string {
  return `${env.SITE_URL}${path}`;
}
