// What server.mjs and the app tell each other. They run in one process but are loaded apart
// (Next bundles the app's own copy of this file), so the shared state is on globalThis.

/**
 * @typedef {{
 *   version: () => string,
 *   reachable: () => Promise<boolean>,
 * }} CatalogueSignals
 */

/** The moderators' session cookie: set by app/admin/session.ts, never answered from the cache. */
export const moderatorSessionCookie = "moderator_session";

const shared = /** @type {{ catalogueServer?: Record<string, unknown> }} */ (
  globalThis
);
const bridge = (shared.catalogueServer ??= {});

/**
 * The app says how to read the catalogue's change version and whether its database answers,
 * once its database is ready (instrumentation.ts).
 *
 * @param {CatalogueSignals} signals
 */
export function provideCatalogueSignals(signals) {
  bridge.signals = signals;
}

/** @returns {CatalogueSignals | undefined} */
export function catalogueSignals() {
  return /** @type {CatalogueSignals | undefined} */ (bridge.signals);
}

/**
 * server.mjs says how to read its HTML cache and load counts, for /api/health.
 *
 * @param {() => Record<string, unknown>} read
 */
export function provideServerStats(read) {
  bridge.stats = read;
}

/** @returns {Record<string, unknown> | null} */
export function serverStats() {
  const read = /** @type {(() => Record<string, unknown>) | undefined} */ (
    bridge.stats
  );
  return read ? read() : null;
}
