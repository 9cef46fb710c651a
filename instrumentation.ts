import type { Instrumentation } from "next";

/**
 * Runs once when the server starts: migrates the database and seeds an empty catalogue (once,
 * however many instances start together), loads the
 * English dictionary and builds the search's in-memory index in the background, so that the
 * first search need not wait for either, and starts sending the outbox's email.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    const { env, checkServerSettings } = await import("@/env");
    checkServerSettings(env);
    // Several instances may start at once: on PostgreSQL they take turns under an advisory
    // lock, so the schema and the seeded examples are written exactly once.
    const { prepareCatalogue } = await import("@/db/catalogue");
    const { seeded } = await prepareCatalogue();
    if (seeded)
      console.log("Seeded an empty catalogue from the source report.");
    const { shareCatalogueSignals } = await import("@/db/ops");
    shareCatalogueSignals();
    // Search counts: counted again when server.mjs answers a search page from its cache, and
    // written before the database closes.
    const { provideBeforeClose, provideRecount } =
      await import("@/server/bridge.mjs");
    const { recountNotes } = await import("@/app/search-counting");
    const { writeInsights } = await import("@/db/insights");
    provideRecount(recountNotes);
    provideBeforeClose(writeInsights);
  } catch (error) {
    // A server that cannot check its settings or bring its database up to date must not take
    // requests: it stops, saying why, and the process manager or the person starting it sees.
    console.error(
      `The app cannot start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
  // Before the server takes requests: about 0.25 s, once.
  const { loadDictionary } = await import("@/db/search");
  loadDictionary();
  const { warmSearchIndex } = await import("@/db/search");
  void warmSearchIndex();
  // Sends what the outbox holds, every second, from every instance: whichever claims a message
  // first sends it.
  const { startMailSender } = await import("@/mail/sender");
  startMailSender();
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
