export declare const moderatorSessionCookie: string;

export type CatalogueSignals = {
  version: () => string;
  reachable: () => Promise<boolean>;
  /** The app's clock, in milliseconds since 1970. */
  now: () => number;
};

export declare function provideCatalogueSignals(
  signals: CatalogueSignals,
): void;
export declare function catalogueSignals(): CatalogueSignals | undefined;
export declare function provideServerStats(
  read: () => Record<string, unknown>,
): void;
export declare function serverStats(): Record<string, unknown> | null;
export declare const renderTokenHeader: string;
export declare function noteForRender(token: string, note: unknown): void;
export declare function takeRenderNotes(token: string): unknown[];
export declare function noteChangeTime(token: string, time: number): void;
export declare function takeChangeTime(token: string): number | undefined;
type RequestHeaders = Record<string, string | string[] | undefined>;
export declare function provideRecount(
  count: (notes: unknown[], headers: RequestHeaders) => void,
): void;
export declare function recount(
  notes: unknown[],
  headers: RequestHeaders,
): void;
export declare function provideBeforeClose(finish: () => Promise<void>): void;
export declare function beforeClose(): Promise<void>;
