import type { Hono } from 'hono';
import {
  AcceptInvitationRequest,
  CreateInvitationRequest,
  conflictProblem,
  forbiddenProblem,
  invalidRequestProblem,
  invitationMail,
  isSecretariat,
  operations,
  type CreatedInvitation,
} from '@ngo-liaison/core';
import type { AccountRouteOptions } from '../access/account-options.js';
import { isForeignOrigin } from '../access/authenticate.js';
import { checkGrantsExist } from '../access/check-grants.js';
import { DEFAULT_INVITATION_HOURS, invitationLink, type InvitationRefusal } from '../access/invitation-repository.js';
import { hashPassword } from '../access/passwords.js';
import { principalOf } from '../access/principal-of.js';
import { setSessionCookie } from '../access/session-cookie.js';
import { jsonBody, limitBody } from '../http/json-body.js';
import { problemResponse } from '../http/problem-response.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';
import { currentSessionBody, foreignOriginProblem, signInRequired } from './current-session.js';

const REFUSAL: Record<Exclude<InvitationRefusal, 'email-taken'>, string> = {
  invalid: 'is not a known invitation; check that the whole link was copied',
  used: 'has already been used; ask the Secretariat for a new invitation',
  expired: 'has expired; ask the Secretariat for a new invitation',
};

/** POST /v1/invitations (Secretariat) and POST /v1/invitations/accept (the invited person). */
export function invitationRoutes(app: Hono, storage: Storage, { production, publicUrl, now }: AccountRouteOptions): void {
  app.post(routePath(operations.createInvitation.path), limitBody(), async (c) => {
    const principal = principalOf(c);
    if (principal.kind !== 'person') return signInRequired(c);
    if (!isSecretariat(principal)) return problemResponse(c, forbiddenProblem('Only the Secretariat invites people'));
    const request = await jsonBody(c, CreateInvitationRequest);
    await checkGrantsExist(storage, request.roles);
    const at = now();
    const expiresAt = new Date(at.getTime() + (request.expiresInHours ?? DEFAULT_INVITATION_HOURS) * 3_600_000);
    const base = publicUrl ?? new URL(c.req.url).origin;
    const email = request.email;
    // With an address, the link is mailed: queued in the invitation's transaction, so there is a mail exactly when there is an invitation.
    const mailLink = email
      ? (created: { id: string; secret: string; expiresAt: string }, trx: Parameters<typeof storage.outbox.enqueue>[2]) =>
          storage.outbox.enqueue(
            [
              invitationMail({
                invitationId: created.id,
                to: email,
                language: request.language ?? 'en',
                link: invitationLink(base, created.secret),
                expiresAt: created.expiresAt,
                displayName: request.displayName,
              }),
            ],
            at,
            trx
          )
      : undefined;
    const { id, secret } = await storage.invitations.create(
      { email: email ?? null, displayName: request.displayName ?? null, roles: request.roles, createdBy: principal.personId, expiresAt },
      at,
      mailLink
    );
    const body: CreatedInvitation = { id, link: invitationLink(base, secret), expiresAt: expiresAt.toISOString(), ...(email ? { mailedTo: email } : {}) };
    c.header('cache-control', 'no-store');
    return c.json(body, 201);
  });

  app.post(routePath(operations.acceptInvitation.path), limitBody(), async (c) => {
    if (isForeignOrigin(c)) return foreignOriginProblem(c);
    const request = await jsonBody(c, AcceptInvitationRequest);
    const at = now();
    const passwordHash = await hashPassword(request.password);
    const outcome = await storage.invitations.accept(request.secret, { displayName: request.displayName, email: request.email, passwordHash }, at, (personId, trx) =>
      storage.webSessions.start(personId, at, trx)
    );
    if (outcome === 'email-taken') return problemResponse(c, conflictProblem(`Someone already signs in with ${request.email}; sign in instead, or use another e-mail`));
    if (typeof outcome === 'string') return problemResponse(c, invalidRequestProblem([{ path: 'secret', message: `this invitation ${REFUSAL[outcome]}`, code: 'invalid-value' }]));
    const { started, personId } = outcome;
    setSessionCookie(c, started.secret, started.expiresAt, production, at);
    const principal = await storage.accounts.principal(personId, { kind: 'session', id: started.id });
    c.header('cache-control', 'no-store');
    return c.json(await currentSessionBody(storage, principal!, started.csrfToken), 201);
  });
}
