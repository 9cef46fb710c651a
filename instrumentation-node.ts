/**
 * What the server does once when it starts, on Node.js only: apart from instrumentation.ts, so
 * that the Edge build never reads it (it exits the process, which the Edge runtime cannot).
 */
export async function startOnNode() {
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
