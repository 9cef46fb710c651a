import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // The largest submission (every field at its limit, 4 bytes a character) is under 60 kB.
    // server.mjs turns away larger posts with a 413 before they get here.
    serverActions: { bodySizeLimit: "100kb" },
  },
};

export default nextConfig;
