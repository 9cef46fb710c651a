import type { TestProject } from "vitest/node";
import { startThrowawayPostgres } from "./throwaway-server";

/** Starts one throwaway PostgreSQL server for the "postgres" test project; each test file gets a database of its own on it. */
export default async function setup(project: TestProject) {
  const server = await startThrowawayPostgres();
  project.provide("postgresAdminUrl", server.url("postgres"));
  return () => server.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}
