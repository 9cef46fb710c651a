import { defineConfig } from "drizzle-kit";

// PostgreSQL's migrations, written by `npm run db:generate` (which runs both configs) after a
// change to db/postgres/schema.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/postgres/schema.ts",
  out: "./db/postgres/migrations",
});
