import type { RoleGrant } from '@ngo-liaison/core';
import { createClient, type LiaisonClient } from '../src/index.js';
import { cookieJarFetch } from './cookie-jar.js';

/** The secret of an invitation link (it travels in the fragment). */
export const invitationSecret = (link: string): string => new URL(link).hash.replace(/^#invitation=/, '');

/** A client with its own cookie jar, like one browser. */
export const browserClient = (baseUrl: string): LiaisonClient => createClient({ baseUrl, retries: 0, fetch: cookieJarFetch() });

/**
 * The people of the server write tests, through the server's own doors: the Secretariat opens
 * the local invitation of a fresh database, creates a bearer token, and invites each other
 * person, who accepts and creates a token too. Returns a bearer-token client per person.
 */
export async function signUpPeople<K extends string>(
  baseUrl: string,
  localInvitationLink: string,
  others: Record<K, readonly RoleGrant[]>,
): Promise<Record<K | 'secretariat', { client: LiaisonClient; token: string }>> {
  const bearer = async (session: LiaisonClient) => {
    const { token } = await session.tokens.create({ label: 'server tests', expiresInDays: 1 });
    return { client: createClient({ baseUrl, retries: 0, token }), token };
  };
  const secretariatSession = browserClient(baseUrl);
  await secretariatSession.session.acceptInvitation({
    secret: invitationSecret(localInvitationLink),
    displayName: 'Ama Secretariat',
    email: 'ama@secretariat.example.org',
    password: 'correct horse battery staple',
  });
  const people = { secretariat: await bearer(secretariatSession) } as Record<K | 'secretariat', { client: LiaisonClient; token: string }>;
  for (const [name, roles] of Object.entries(others) as [K, readonly RoleGrant[]][]) {
    const response = await fetch(`${baseUrl}/invitations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${people.secretariat.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ roles }),
    });
    if (response.status !== 201) throw new Error(`inviting ${name}: ${response.status} ${await response.text()}`);
    const { link } = (await response.json()) as { link: string };
    const session = browserClient(baseUrl);
    await session.session.acceptInvitation({ secret: invitationSecret(link), displayName: `Test ${name}`, email: `${name}@example.org`, password: 'a long enough password' });
    people[name] = await bearer(session);
  }
  return people;
}
