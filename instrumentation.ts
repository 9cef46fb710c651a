import type { Instrumentation } from "next";

/**
 * Runs once when the server starts: migrates the database and seeds an empty catalogue (once,
 * however many instances start together), loads the English dictionary and builds the search's
 * in-memory index in the background, so that the first search need not wait for either, and
 * starts sending the outbox's email (instrumentation-node.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs")
    await (await import("./instrumentation-node")).startOnNode();
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
