import type { Context } from 'hono';
import type { Principal } from '@ngo-liaison/core';

/**
 * Marks a response whose body depends on who reads it (partners-only contacts): it varies
 * with the credential, and a signed-in reader's copy is private (no shared cache keeps it).
 * The routes' ETags and rendered-page caches carry the reader's view for the same reason.
 */
export function readerDependent(c: Context, principal: Principal): void {
  c.header('vary', 'Authorization, Cookie', { append: true });
  if (principal.kind === 'person') c.header('cache-control', 'private, no-cache');
}
