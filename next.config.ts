import type { NextConfig } from "next";

// Read when the server starts. Server actions compare a post's Origin with the host it was sent
// to; behind a proxy that host is not the public one, so the public address (SITE_URL, or this
// machine on PORT as env.ts defaults it) is named as allowed too.
const siteHost = new URL(
  process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
).host;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // A submission's text, every field at its limit (4 bytes a character), is under 60 kB; its
    // results over time (ten measures of up to 1,000 points, each with a note) can take most of a
    // megabyte. server.mjs turns away larger posts with a 413 before they get here.
    serverActions: { bodySizeLimit: "1mb", allowedOrigins: [siteHost] },
  },
};

export default nextConfig;
