import * as z from 'zod/mini';
import { RoleGrant } from './roles.js';
import { LANGUAGES } from '../i18n/languages.js';
import { DisplayName, Email, Password } from './session.js';

/** POST /v1/invitations (Secretariat): who is invited and with which roles. */
export const CreateInvitationRequest = z.strictObject({
  email: z.optional(Email),
  displayName: z.optional(DisplayName),
  roles: z.array(RoleGrant).check(z.minLength(1), z.maxLength(20)),
  /** Default 48; at most a week: the link is a bearer of roles until it is used. */
  expiresInHours: z.optional(z.int().check(z.gte(1), z.lte(168))),
  /** The language of the mail that carries the link when `email` is given (default en). */
  language: z.optional(z.enum(LANGUAGES)),
});
export type CreateInvitationRequest = z.infer<typeof CreateInvitationRequest>;

/** The link carries the secret in its fragment (`…/sign-in#invitation=…`): never sent to a server, never logged. */
export const CreatedInvitation = z.object({
  id: z.string(),
  link: z.string(),
  expiresAt: z.string(),
  /** The address the link was mailed to (queued in the outbox with the invitation), when `email` was given. */
  mailedTo: z.optional(z.string()),
});
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

/** POST /v1/invitations/accept: the invited person sets up their access. */
export const AcceptInvitationRequest = z.strictObject({
  secret: z.string().check(z.minLength(1), z.maxLength(100)),
  displayName: DisplayName,
  email: Email,
  password: Password,
});
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequest>;
