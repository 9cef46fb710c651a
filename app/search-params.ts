/** A page's query, each parameter as Next.js gives it: one value, several, or none. */
export type SearchParams<Name extends string> = Promise<
  Partial<Record<Name, string | string[]>>
>;
