import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  conflictProblem,
  forbiddenProblem,
  invalidRequestProblem,
  isSecretariat,
  notFoundProblem,
  operations,
  parseOrThrow,
  unauthorizedProblem,
  type CurrentSession,
  type Principal,
  type RoleGrant,
} from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';
import { jsonBody, principalOr, type WriteDeps } from './write-adapter.js';

/*
 * The session, invitation and token routes over the handlers' MockAccounts. The API keeps
 * these rules in its routes (apps/api/src/routes/current-session.ts, invitations.ts,
 * tokens.ts), not in core, so they are restated here: keep the two in step.
 */
const DEFAULT_TOKEN_DAYS = 90;
const DEFAULT_INVITATION_HOURS = 48;

const signInRequired = () => problemResponse(unauthorizedProblem());

export function accountHandlers(base: string, deps: WriteDeps, delay: number): RequestHandler[] {
  const { accounts, now } = deps;
  const invitations = new Map<string, { roles: RoleGrant[]; expiresAt: Date; used: boolean }>();
  const sessionBody = (principal: Extract<Principal, { kind: 'person' }>): CurrentSession => {
    const csrfToken = accounts.csrfTokenOf(principal);
    return {
      person: { id: principal.personId, displayName: principal.displayName, email: accounts.emailOf(principal.personId) ?? null },
      roles: [...principal.roles],
      credential: principal.credential.kind,
      ...(csrfToken ? { csrfToken } : {}),
    };
  };
  /** The body parsed with the operation's schema (a ValidationError is the guard's 400). */
  const body = async <T>(request: Request, schema: Parameters<typeof parseOrThrow>[0]): Promise<T | Response> => {
    const read = await jsonBody(request);
    return read instanceof Response ? read : (parseOrThrow(schema, read.value) as T);
  };

  return [
    http.get(mswPattern(base, operations.getCurrentSession.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        return principal.kind === 'person' ? HttpResponse.json(sessionBody(principal)) : signInRequired();
      })
    ),

    http.post(mswPattern(base, operations.signIn.path), ({ request }) =>
      guarded(delay, async () => {
        const credentials = await body<{ email: string; password: string }>(request, operations.signIn.requestBody.schema);
        if (credentials instanceof Response) return credentials;
        const opened = accounts.signIn(credentials.email, credentials.password);
        if (!opened) return problemResponse(unauthorizedProblem('The e-mail or the password is wrong'));
        const principal = principalOr(new Request(request.url), deps);
        return principal instanceof Response || principal.kind !== 'person' ? signInRequired() : HttpResponse.json(sessionBody(principal));
      })
    ),

    http.delete(mswPattern(base, operations.signOut.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        if (principal.kind !== 'person') return signInRequired();
        if (principal.credential.kind !== 'session') {
          return problemResponse(
            invalidRequestProblem([{ path: 'Authorization', message: 'a bearer token has no session to end; revoke it with DELETE /v1/tokens/{id}' }])
          );
        }
        accounts.signOut();
        return new HttpResponse(null, { status: 204 });
      })
    ),

    http.post(mswPattern(base, operations.createInvitation.path), ({ request }) =>
      guarded(delay, async () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        if (principal.kind !== 'person') return signInRequired();
        if (!isSecretariat(principal)) return problemResponse(forbiddenProblem('Only the Secretariat invites people'));
        const invitation = await body<{ roles: RoleGrant[]; expiresInHours?: number }>(request, operations.createInvitation.requestBody.schema);
        if (invitation instanceof Response) return invitation;
        const secret = globalThis.crypto.randomUUID();
        const expiresAt = new Date(now().getTime() + (invitation.expiresInHours ?? DEFAULT_INVITATION_HOURS) * 3_600_000);
        invitations.set(secret, { roles: invitation.roles, expiresAt, used: false });
        // The secret travels in the fragment: never sent to a server, never in a log.
        return HttpResponse.json(
          { id: `invitation-${invitations.size}`, link: `${new URL(request.url).origin}/sign-in#invitation=${secret}`, expiresAt: expiresAt.toISOString() },
          { status: 201 }
        );
      })
    ),

    http.post(mswPattern(base, operations.acceptInvitation.path), ({ request }) =>
      guarded(delay, async () => {
        const accepted = await body<{ secret: string; displayName: string; email: string; password: string }>(
          request,
          operations.acceptInvitation.requestBody.schema
        );
        if (accepted instanceof Response) return accepted;
        const invitation = invitations.get(accepted.secret);
        const refusal = !invitation
          ? 'is not a known invitation; check that the whole link was copied'
          : invitation.used
          ? 'has already been used; ask the Secretariat for a new invitation'
          : invitation.expiresAt <= now()
          ? 'has expired; ask the Secretariat for a new invitation'
          : undefined;
        if (refusal || !invitation)
          return problemResponse(invalidRequestProblem([{ path: 'secret', message: `this invitation ${refusal}`, code: 'invalid-value' }]));
        if (accounts.people.some((p) => p.email?.toLowerCase() === accepted.email.toLowerCase())) {
          return problemResponse(conflictProblem(`Someone already signs in with ${accepted.email}; sign in instead, or use another e-mail`));
        }
        invitation.used = true;
        const id = `person-${accounts.people.length + 1}`;
        accounts.addPerson({
          id,
          token: `mock-unused-${id}`,
          displayName: accepted.displayName,
          email: accepted.email,
          password: accepted.password,
          roles: invitation.roles,
        });
        const principal = principalOr(new Request(request.url), deps);
        return principal instanceof Response || principal.kind !== 'person' ? signInRequired() : HttpResponse.json(sessionBody(principal), { status: 201 });
      })
    ),

    http.post(mswPattern(base, operations.createToken.path), ({ request }) =>
      guarded(delay, async () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        if (principal.kind !== 'person') return signInRequired();
        const wanted = await body<{ label: string; expiresInDays?: number }>(request, operations.createToken.requestBody.schema);
        if (wanted instanceof Response) return wanted;
        const at = now();
        const token = accounts.createToken(
          principal.personId,
          wanted.label,
          new Date(at.getTime() + (wanted.expiresInDays ?? DEFAULT_TOKEN_DAYS) * 86_400_000),
          at
        );
        return HttpResponse.json({ id: token.id, token: token.secret, expiresAt: token.expiresAt }, { status: 201 });
      })
    ),

    http.get(mswPattern(base, operations.listTokens.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        if (principal.kind !== 'person') return signInRequired();
        const person = new URL(request.url).searchParams.get('person');
        if (!isSecretariat(principal) && person !== null && person !== principal.personId)
          return problemResponse(forbiddenProblem('Only the Secretariat lists the tokens of other people'));
        const tokens = isSecretariat(principal)
          ? accounts.people.flatMap((p) => (person === null || p.id === person ? accounts.tokensOf(p.id) : []))
          : accounts.tokensOf(principal.personId);
        return HttpResponse.json({ items: tokens.map(({ secret: _secret, ...summary }) => summary) });
      })
    ),

    http.delete(mswPattern(base, operations.revokeToken.path), ({ request, params }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        if (principal.kind !== 'person') return signInRequired();
        const token = accounts.tokenById(String(params.id));
        // Someone else's token is as good as absent, as on the server.
        if (!token || (token.personId !== principal.personId && !isSecretariat(principal)))
          return problemResponse(notFoundProblem(`No token of yours with id "${String(params.id)}"`));
        token.revokedAt ??= now().toISOString();
        return new HttpResponse(null, { status: 204 });
      })
    ),

    http.get(mswPattern(base, operations.listPeople.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        if (principal.kind !== 'person') return signInRequired();
        if (!isSecretariat(principal)) return problemResponse(forbiddenProblem('Only the Secretariat lists people'));
        return HttpResponse.json({ items: accounts.people.map(personSummary) });
      })
    ),

    http.put(mswPattern(base, operations.setPersonRoles.path), ({ request, params }) =>
      guarded(delay, async () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        if (principal.kind !== 'person') return signInRequired();
        if (!isSecretariat(principal)) return problemResponse(forbiddenProblem('Only the Secretariat sets roles'));
        const wanted = await body<{ roles: RoleGrant[] }>(request, operations.setPersonRoles.requestBody.schema);
        if (wanted instanceof Response) return wanted;
        const person = accounts.people.find((p) => p.id === String(params.id));
        if (!person) return problemResponse(notFoundProblem(`No person with id "${String(params.id)}"`));
        const secretariats = accounts.people.filter((p) => p !== person && p.roles.some((grant) => grant.role === 'secretariat')).length;
        if (!secretariats && !wanted.roles.some((grant) => grant.role === 'secretariat')) {
          return problemResponse(conflictProblem('Removing the last Secretariat role would leave nobody able to manage accounts'));
        }
        person.roles = wanted.roles;
        return HttpResponse.json(personSummary(person));
      })
    ),
  ];
}

/** A person as GET /v1/people lists them: never a password or a credential. */
function personSummary(person: { id: string; displayName: string; email?: string | undefined; roles: readonly RoleGrant[] }) {
  return {
    id: person.id,
    displayName: person.displayName,
    email: person.email ?? null,
    createdAt: '2026-01-01T00:00:00.000Z',
    disabledAt: null,
    roles: [...person.roles],
  };
}
