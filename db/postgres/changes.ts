import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";

/**
 * Hears of every committed change on any instance: the database itself sends a NOTIFY on
 * "catalogue_changed" from the tables' triggers when a writing transaction commits, and each
 * instance LISTENs on a connection of its own (a pooled one would lose it). While that connection
 * is down nothing can be trusted, so every cache is stale until it is back and has caught up.
 */
export function watchChanges(
  url: string,
  /** Whether a backend is one of this instance's own connections, whose commits it already counted. */
  ownBackend: (processId: number) => boolean,
) {
  let started = false;
  let stopped = false;
  let listening = false;
  let client: pg.Client | null = null;
  let generation = 0;
  let heard = 0;
  let stale = 0;

  function lost(from: pg.Client) {
    if (client !== from) return;
    client = null;
    listening = false;
    from.end().catch(() => undefined);
    if (!stopped) void connect();
  }

  async function connect() {
    for (let delay = 100; !stopped; delay = Math.min(delay * 2, 2000)) {
      const candidate = new pg.Client({
        connectionString: url,
        application_name: "find-and-share-examples (listening)",
      });
      candidate.on("error", () => lost(candidate));
      candidate.on("end", () => lost(candidate));
      candidate.on("notification", ({ processId }) => {
        // This instance's own commits moved the version when they returned; counting their
        // NOTIFY again would make a settled index look stale and rebuild it for nothing.
        if (!ownBackend(processId)) heard += 1;
      });
      try {
        await candidate.connect();
        await candidate.query("LISTEN catalogue_changed");
        if (stopped) {
          await candidate.end();
          return;
        }
        client = candidate;
        // Whatever was committed while nobody listened: a new generation drops every cache.
        generation += 1;
        listening = true;
        return;
      } catch {
        candidate.removeAllListeners("end");
        await candidate.end().catch(() => undefined);
        await sleep(delay);
      }
    }
  }

  return {
    /** A new value after every change anywhere; a fresh value on every call while not listening. */
    version(): string {
      if (!started) {
        started = true;
        void connect();
      }
      return listening ? `${generation}:${heard}` : `stale:${++stale}`;
    },
    /** This instance committed a change (its own NOTIFY follows, but may take a moment). */
    committed() {
      heard += 1;
    },
    async stop() {
      stopped = true;
      listening = false;
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
