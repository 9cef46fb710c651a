import { createHmac, randomBytes } from "node:crypto";

const hourMs = 60 * 60 * 1000;

/**
 * How many different searches each client has had counted this hour, so that one client cannot
 * fill the Insights page: in this process's memory only, the client known by a keyed hash of its
 * address (the key is made at start and never leaves the process), forgotten after the hour,
 * never written or logged.
 */
export class SearchAllowance {
  private readonly key = randomBytes(32);
  private readonly clients = new Map<
    string,
    { since: number; queries: Set<string> }
  >();

  constructor(
    /** Different searches counted per client per hour. */
    readonly perHour: number,
    /** Clients remembered at once; past this, a new client's searches are not counted. */
    readonly maxClients = 50_000,
  ) {}

  /**
   * Whether a search of this client's may be counted: one it had counted this hour already, or
   * a new one within its allowance. `query` is the search as counted.
   */
  allows(address: string, query: string, now = Date.now()): boolean {
    const client = createHmac("sha256", this.key)
      .update(address)
      .digest("base64url");
    let seen = this.clients.get(client);
    if (seen && now - seen.since >= hourMs) {
      this.clients.delete(client);
      seen = undefined;
    }
    if (!seen) {
      if (this.clients.size >= this.maxClients)
        for (const [other, { since }] of this.clients)
          if (now - since >= hourMs) this.clients.delete(other);
      if (this.clients.size >= this.maxClients) return false;
      seen = { since: now, queries: new Set() };
      this.clients.set(client, seen);
    }
    if (seen.queries.has(query)) return true;
    if (seen.queries.size >= this.perHour) return false;
    seen.queries.add(query);
    return true;
  }
}
