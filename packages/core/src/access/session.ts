import * as z from 'zod/mini';
import { RoleGrant } from './roles.js';

/**
 * Who is signed in on this browser (GET /v1/session), with the CSRF token a page sends back
 * in `X-CSRF-Token` on every change it makes through the session cookie.
 */
export const Session = z.object({
  person: z.object({ id: z.string(), displayName: z.string(), email: z.optional(z.string()) }),
  roles: z.array(RoleGrant),
  csrfToken: z.string(),
});
export type Session = z.infer<typeof Session>;
/** Passwords: long enough to resist guessing, bounded so hashing one costs a bounded time. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** E-mail addresses compare in lower case (sign-in with Ed@ICOM.org finds ed@icom.org). */
export const Email = z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254), z.email());
export const DisplayName = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));
export const Password = z.string().check(z.minLength(PASSWORD_MIN_LENGTH), z.maxLength(PASSWORD_MAX_LENGTH));

/** POST /v1/session: sign in with e-mail and password. */
export const SignInRequest = z.strictObject({ email: Email, password: z.string().check(z.minLength(1), z.maxLength(PASSWORD_MAX_LENGTH)) });
export type SignInRequest = z.infer<typeof SignInRequest>;

/** Who is signed in (GET /v1/session): the CSRF token is there for cookie sessions only. */
export const CurrentSession = z.object({
  person: z.object({ id: z.string(), displayName: z.string(), email: z.nullable(z.string()) }),
  roles: z.array(RoleGrant),
  /** How the request proved who it is. */
  credential: z.enum(['token', 'session']),
  /** Send it back as `X-CSRF-Token` on every POST, PATCH, PUT and DELETE made with the session cookie. */
  csrfToken: z.optional(z.string()),
});
export type CurrentSession = z.infer<typeof CurrentSession>;
