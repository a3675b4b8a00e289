import { parse } from 'node:querystring';

const MALFORMED = Symbol('malformed query');

export type Query = Record<string, string | string[] | undefined>;

/**
 * Fastify's `querystringParser`. The default one keeps a malformed escape (`%ff`, or bytes that are
 * not UTF-8) as it stands, so `?q=%ff` searched for the three characters; here the query is marked
 * malformed instead, and the onRequest hook answers 400. The router calls this before any hook
 * runs, where a throw would escape it, hence the mark.
 *
 * Raw (unencoded) non-ASCII bytes never get here: Node's HTTP parser refuses them in the request
 * target, even with --insecure-http-parser, and the client error handler says to percent-encode.
 */
export function parseQueryString(text: string): Query {
  let malformed = false;
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      malformed = true;
      return part;
    }
  };
  const query = parse(text, '&', '=', { decodeURIComponent: decode, maxKeys: 1000 }) as Query;
  if (malformed) Object.defineProperty(query, MALFORMED, { value: true, enumerable: false });
  return query;
}

export const isMalformedQuery = (query: unknown): boolean =>
  typeof query === 'object' && query !== null && (query as Record<symbol, unknown>)[MALFORMED] === true;
