export declare const moderatorSessionCookie: string;

export type CatalogueSignals = {
  version: () => string;
  reachable: () => Promise<boolean>;
};

export declare function provideCatalogueSignals(
  signals: CatalogueSignals,
): void;
export declare function catalogueSignals(): CatalogueSignals | undefined;
export declare function provideServerStats(
  read: () => Record<string, unknown>,
): void;
export declare function serverStats(): Record<string, unknown> | null;
