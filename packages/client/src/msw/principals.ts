import { ANONYMOUS, PROBLEM_TYPES, unauthorizedProblem, type Principal, type Problem, type RoleGrant } from '@ngo-liaison/core';

/**
 * A person the msw handlers know: a TEST FIXTURE, not a security mechanism. Requests with
 * `Authorization: Bearer <token>` act as this person; `email` and `password` let
 * `client.session.signIn()` open the handlers' cookie session as them.
 */
export interface MockPerson {
  token: string;
  displayName: string;
  roles: readonly RoleGrant[];
  /** Default: derived from the position in `people` (`person-1`…). */
  id?: string;
  email?: string;
  password?: string;
}

interface MockToken {
  id: string;
  personId: string;
  label: string;
  secret: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Who a request is, or the problem to answer instead (an unknown bearer token, a write without its CSRF token). */
export type Identified = { principal: Principal } | { problem: Problem };

const UNSAFE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

const csrfProblem = (): Problem => ({
  type: PROBLEM_TYPES.csrf,
  title: 'Forbidden',
  status: 403,
  detail: 'A change made with the session cookie needs the X-CSRF-Token header the session gave (GET /v1/session)',
});

/**
 * The handlers' people, tokens and their ONE cookie session (one browser's worth: msw answers
 * in the page or process that uses it, so there is one cookie jar to imitate). Everything is
 * in memory and forgotten with the handlers.
 */
export class MockAccounts {
  readonly people: (MockPerson & { id: string })[];
  readonly #tokens = new Map<string, MockToken>();
  #session: { personId: string; id: string; csrfToken: string } | undefined;
  #serial = 0;

  constructor(people: readonly MockPerson[], now: () => Date) {
    this.people = people.map((person, index) => ({ ...person, id: person.id ?? `person-${index + 1}` }));
    const at = now().toISOString();
    const far = new Date(now().getTime() + 365 * 86_400_000).toISOString();
    for (const person of this.people) {
      this.#tokens.set(person.token, { id: `token-${person.id}`, personId: person.id, label: 'fixture', secret: person.token, createdAt: at, expiresAt: far, lastUsedAt: null, revokedAt: null });
    }
  }

  #person(id: string) {
    return this.people.find((person) => person.id === id);
  }

  #principal(personId: string, credential: { kind: 'token' | 'session'; id: string }): Principal {
    const person = this.#person(personId);
    return person ? { kind: 'person', personId, displayName: person.displayName, roles: person.roles, credential } : ANONYMOUS;
  }

  /** The request's principal: its bearer token, else the cookie session (with its CSRF token on writes), else anonymous. */
  identify(request: Request, now: Date): Identified {
    const authorization = request.headers.get('authorization');
    if (authorization) {
      const secret = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      const token = secret ? this.#tokens.get(secret) : undefined;
      if (!token || token.revokedAt || token.expiresAt <= now.toISOString()) return { problem: unauthorizedProblem('The bearer token is unknown, expired or revoked') };
      token.lastUsedAt = now.toISOString();
      return { principal: this.#principal(token.personId, { kind: 'token', id: token.id }) };
    }
    if (!this.#session || request.credentials === 'omit') return { principal: ANONYMOUS };
    if (UNSAFE.has(request.method) && request.headers.get('x-csrf-token') !== this.#session.csrfToken) return { problem: csrfProblem() };
    return { principal: this.#principal(this.#session.personId, { kind: 'session', id: this.#session.id }) };
  }

  /** Opens the cookie session for the person with these credentials; undefined when they match nobody. */
  signIn(email: string, password: string): { personId: string; csrfToken: string } | undefined {
    const person = this.people.find((p) => p.email !== undefined && p.email.toLowerCase() === email.toLowerCase() && p.password === password);
    if (!person) return undefined;
    this.#session = { personId: person.id, id: `session-${++this.#serial}`, csrfToken: globalThis.crypto.randomUUID() };
    return { personId: person.id, csrfToken: this.#session.csrfToken };
  }

  /** A newly invited person, signed in at once. */
  addPerson(person: MockPerson & { id: string }): { personId: string; csrfToken: string } {
    this.people.push(person);
    this.#session = { personId: person.id, id: `session-${++this.#serial}`, csrfToken: globalThis.crypto.randomUUID() };
    return { personId: person.id, csrfToken: this.#session.csrfToken };
  }

  signOut(): void {
    this.#session = undefined;
  }

  /** The CSRF token of the cookie session when `principal` came through it. */
  csrfTokenOf(principal: Principal): string | undefined {
    return principal.kind === 'person' && principal.credential.kind === 'session' ? this.#session?.csrfToken : undefined;
  }

  emailOf(personId: string): string | undefined {
    return this.#person(personId)?.email;
  }

  createToken(personId: string, label: string, expiresAt: Date, now: Date): MockToken {
    const token: MockToken = {
      id: `token-${++this.#serial}`,
      personId,
      label,
      secret: `mock_${globalThis.crypto.randomUUID().replaceAll('-', '')}`,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    };
    this.#tokens.set(token.secret, token);
    return token;
  }

  tokensOf(personId: string): MockToken[] {
    return [...this.#tokens.values()].filter((token) => token.personId === personId);
  }

  tokenById(id: string): MockToken | undefined {
    return [...this.#tokens.values()].find((token) => token.id === id);
  }
}
