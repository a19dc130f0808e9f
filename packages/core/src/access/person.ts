import * as z from 'zod/mini';
import { RoleGrant } from './roles.js';

/** A person as the Secretariat lists them (GET /v1/people): never a password or a credential. */
export const PersonSummary = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.nullable(z.string()),
  createdAt: z.string(),
  disabledAt: z.nullable(z.string()),
  roles: z.array(RoleGrant),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

export const PersonList = z.object({ items: z.array(PersonSummary) });
export type PersonList = z.infer<typeof PersonList>;

/** PUT /v1/people/{id}/roles (Secretariat): the person's roles, all of them, replacing what they held. */
export const SetRolesRequest = z.strictObject({ roles: z.array(RoleGrant).check(z.maxLength(20)) });
export type SetRolesRequest = z.infer<typeof SetRolesRequest>;
