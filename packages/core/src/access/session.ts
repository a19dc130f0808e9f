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
