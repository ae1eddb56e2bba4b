import type { FastifyInstance } from 'fastify';

/** Far deeper than any body of this API; deep enough nesting would exhaust the stack later. */
export const MAX_JSON_DEPTH = 32;

/** Nesting depth of a JSON text, counting brackets outside strings; stops early past `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/**
 * Fastify's own JSON parser (which already rejects `__proto__` poisoning), behind a depth check:
 * a body nested thousands deep is a 400, not a stack overflow in validation.
 */
export function useDepthLimitedJsonParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonDepthExceeds(body as string, MAX_JSON_DEPTH)) {
      const error = new Error(`The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep.`) as Error & { statusCode: number };
      error.statusCode = 400;
      done(error, undefined);
      return;
    }
    parse(request, body as string, done);
  });
}
