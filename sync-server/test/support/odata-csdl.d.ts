// The package ships no types; this is the shape of its xml2json as its source exports it.
declare module 'odata-csdl' {
  export function xml2json(
    xml: string,
    options?: { strict?: boolean; annotations?: boolean; messages?: unknown[] },
  ): Record<string, unknown>;
}
