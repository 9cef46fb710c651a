export declare const placeholderHeader: string;
export declare const fallbackPages: { busy: string; unavailable: string };

type RequestLike = {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
};

export declare function cacheKey(
  request: RequestLike,
  rules: { sessionCookie: string },
): string | null;

export declare const publicPageCacheControl: string;

export declare function acceptsHtml(
  header: string | string[] | undefined,
): boolean;

export declare function isStorable(
  status: number,
  headers: Record<string, unknown>,
): boolean;

export type Entry = {
  status: number;
  headers: [string, string][];
  parts: Buffer[];
  /** The parts compressed, to gzip each answer with its own nonce; null if the body cannot be. */
  gzipParts: Buffer[] | null;
  bytes: number;
  version: string;
  /** The time (milliseconds since 1970) from which the page reads differently, if it does. */
  until?: number;
};

export declare function toEntry(
  rendered: { status: number; headers: Record<string, unknown>; body: Buffer },
  placeholder: string,
  version: string,
  options?: { gzip?: boolean },
): Entry;

export declare function withNonce(
  entry: Entry,
  placeholder: string,
  nonce: string,
  options?: { gzip?: boolean },
): { body: Buffer; headers: [string, string][]; gzipped: boolean };

export declare function acceptsGzip(
  header: string | string[] | undefined,
): boolean;

export declare class HtmlCache {
  constructor(maxBytes: number);
  maxBytes: number;
  bytes: number;
  entries: Map<string, Entry>;
  get(key: string, version: string, now?: () => number): Entry | undefined;
  count(outcome: "hits" | "misses"): void;
  getStale(key: string, version: string): Entry | undefined;
  set(key: string, entry: Entry): void;
  delete(key: string): void;
  stats(): {
    entries: number;
    bytes: number;
    maxBytes: number;
    hits: number;
    misses: number;
    evictions: number;
  };
}
