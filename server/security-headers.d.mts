export type PolicySettings = { development: boolean; https: boolean };

export declare function contentSecurityPolicy(
  nonce: string,
  settings: PolicySettings,
): string;

export declare function securityHeaders(
  policy: string,
  settings: { https: boolean },
): Record<string, string>;

export declare function freshNonce(): string;
