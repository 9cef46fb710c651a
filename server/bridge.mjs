// What server.mjs and the app tell each other. They run in one process but are loaded apart
// (Next bundles the app's own copy of this file), so the shared state is on globalThis.

/**
 * @typedef {{
 *   version: () => string,
 *   reachable: () => Promise<boolean>,
 *   now: () => number,
 * }} CatalogueSignals
 */

/** The moderators' session cookie: set by app/admin/session.ts, never answered from the cache. */
export const moderatorSessionCookie = "moderator_session";

const shared = /** @type {{ catalogueServer?: Record<string, unknown> }} */ (
  globalThis
);
const bridge = (shared.catalogueServer ??= {});

/**
 * The app says how to read the catalogue's change version, whether its database answers, and
 * its clock (which tests may set), once its database is ready (instrumentation.ts).
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

/**
 * What a page counts when it renders (a search, for search insights) must be counted again each
 * time server.mjs answers it from the HTML cache instead. server.mjs gives each render a token in
 * this header (always overwritten); the page notes what it counted against the token; server.mjs
 * keeps the notes with the page and has the app count them again on every hit.
 */
export const renderTokenHeader = "x-render-token";

/** @returns {Map<string, unknown[]>} */
function renderNotes() {
  return /** @type {Map<string, unknown[]>} */ (
    bridge.renderNotes ??= new Map()
  );
}

/**
 * The app notes what a render counted.
 *
 * @param {string} token
 * @param {unknown} note
 */
export function noteForRender(token, note) {
  const notes = renderNotes();
  notes.set(token, [...(notes.get(token) ?? []), note]);
}

/**
 * server.mjs takes a finished render's notes (and forgets them).
 *
 * @param {string} token
 * @returns {unknown[]}
 */
export function takeRenderNotes(token) {
  const notes = renderNotes();
  const taken = notes.get(token) ?? [];
  notes.delete(token);
  return taken;
}

/** @returns {Map<string, number>} */
function renderChangeTimes() {
  return /** @type {Map<string, number>} */ (bridge.changeTimes ??= new Map());
}

/**
 * The app notes that the page it renders reads differently from a time on (a review falling
 * due): a kept copy of it is not answered from then.
 *
 * @param {string} token
 * @param {number} time milliseconds since 1970, by the app's clock
 */
export function noteChangeTime(token, time) {
  const times = renderChangeTimes();
  times.set(token, Math.min(time, times.get(token) ?? Infinity));
}

/**
 * server.mjs takes the earliest time a finished render changes at, if it noted one (and
 * forgets it).
 *
 * @param {string} token
 * @returns {number | undefined}
 */
export function takeChangeTime(token) {
  const times = renderChangeTimes();
  const time = times.get(token);
  times.delete(token);
  return time;
}

/**
 * The app says how to count a kept page's notes again (instrumentation.ts), for the request it
 * was answered to (whose headers name the client, for the app's per-client limits).
 *
 * @param {(notes: unknown[], headers: Record<string, string | string[] | undefined>) => void} count
 */
export function provideRecount(count) {
  bridge.recount = count;
}

/**
 * server.mjs answered a kept page: its notes are counted again.
 *
 * @param {unknown[]} notes
 * @param {Record<string, string | string[] | undefined>} headers the request's
 */
export function recount(notes, headers) {
  const count =
    /** @type {((notes: unknown[], headers: Record<string, string | string[] | undefined>) => void) | undefined} */ (
      bridge.recount
    );
  count?.(notes, headers);
}

/**
 * The app says what to finish before its database closes (counts not yet written).
 *
 * @param {() => Promise<void>} finish
 */
export function provideBeforeClose(finish) {
  bridge.beforeClose = finish;
}

/** server.mjs is stopping: the app finishes what it must before the database closes. */
export async function beforeClose() {
  const finish = /** @type {(() => Promise<void>) | undefined} */ (
    bridge.beforeClose
  );
  await finish?.();
}
