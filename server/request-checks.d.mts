import type { IncomingMessage, ServerResponse } from "node:http";

export declare const proxyHeaders: string[];

export declare const malformedAddressHeader: string;

export type Refusal = {
  status: number;
  headers: Record<string, string>;
  message: string;
  json: boolean;
};

export type RequestRules = {
  trustProxy: boolean;
  siteHost: string;
  bodyLimitBytes: number;
};

export declare function checkRequest(
  request: IncomingMessage,
  rules: RequestRules,
): Refusal | null;

export declare function sendRefusal(
  response: ServerResponse,
  refusal: Refusal,
): void;
