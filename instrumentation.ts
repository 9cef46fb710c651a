import type { Instrumentation } from "next";

/**
 * Runs once when the server starts: migrates the database, seeds an empty catalogue, loads the
 * English dictionary and builds the search's in-memory index in the background, so that the
 * first search need not wait for either.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { seedIfEmpty } = await import("@/db/seed");
  const seeded = await seedIfEmpty();
  if (seeded) {
    console.log(
      `Seeded an empty catalogue with ${seeded.examples} examples and ${seeded.statements} survey statements.`,
    );
  }
  // Before the server takes requests: about 0.25 s, once.
  const { loadDictionary } = await import("@/db/dictionary");
  loadDictionary();
  const { warmSearchIndex } = await import("@/db/search-index");
  void warmSearchIndex();
}

/** Logs every error a request hits on the server, as one JSON line with its route, not its data. */
export const onRequestError: Instrumentation.onRequestError = async (
  error,
  request,
  context,
) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/app/logger");
  const problem = error instanceof Error ? error : new Error(String(error));
  logger.error(
    {
      event: "request.error",
      method: request.method,
      // The path without its query: a query can hold search words or other free text.
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
      digest: (error as { digest?: string }).digest,
      error: {
        name: problem.name,
        message: problem.message,
        stack: problem.stack,
      },
    },
    "Request failed",
  );
};
