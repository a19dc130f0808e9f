import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE } from './authenticate.js';

/** Secure in production, and whenever the page was reached over https (directly or through a proxy that says so). */
function secure(c: Context, production: boolean): boolean {
  return production || new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's
 * request carries it), whole site (the sign-in page and the API share it).
 */
export function setSessionCookie(c: Context, secret: string, expiresAt: Date, production: boolean, now: Date): void {
  // Max-Age, not Expires: relative, so a browser whose clock differs from the server's keeps it as long.
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  setCookie(c, SESSION_COOKIE, secret, { httpOnly: true, sameSite: 'Strict', path: '/', secure: secure(c, production), maxAge });
}

export function clearSessionCookie(c: Context, production: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Strict', path: '/', secure: secure(c, production) });
}
