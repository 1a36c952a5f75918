import { defineConfig } from "prisma/config";

// Only `prisma generate` is run through the CLI; migrations go through scripts/db-migrate.ts
// and scripts/db-diff.ts, which take the database URL from lib/env.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
});
