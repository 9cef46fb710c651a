import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./db/sqlite/schema.ts",
  out: "./db/sqlite/migrations",
  dbCredentials: { url: process.env.DATABASE_PATH ?? "data/catalogue.db" },
});
