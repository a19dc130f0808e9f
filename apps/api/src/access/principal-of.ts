import type { Context } from 'hono';
import { ANONYMOUS, type Principal } from '@ngo-liaison/core';

declare module 'hono' {
  interface ContextVariableMap {
    /** Who is asking: set by authenticate() on every /v1 request (anonymous without a credential). */
    principal: Principal;
  }
}

/** The request's principal (anonymous where authenticate() did not run). */
export function principalOf(c: Context): Principal {
  return c.get('principal') ?? ANONYMOUS;
}
