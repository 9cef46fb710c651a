import { defineConfig } from "drizzle-kit";

// PostgreSQL's migrations: `npm run db:generate:postgres` after changing db/postgres/schema.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/postgres/schema.ts",
  out: "./db/postgres/migrations",
});
