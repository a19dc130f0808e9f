import { describe, expect, it } from 'vitest';
import type { CurrentSession } from '@ngo-liaison/core';
import { inviteAndAccept, sendJson, sessionFrom } from './accounts-http.js';
import { bearer, issueTestToken } from './credentials.js';
import { useTestServer } from './test-server.js';

const server = useTestServer();
const password = 'correct horse battery';

async function secretariat() {
  return (await issueTestToken(server.running.storage, [{ role: 'secretariat' }])).token;
}

describe('invitations', () => {
  it('the Secretariat invites; the link carries the secret in its fragment only; accepting creates the person with the roles and signs them in', async () => {
    const token = await secretariat();
    const session = await inviteAndAccept(
      server.url,
      token,
      { email: 'ed@icom.example', roles: [{ role: 'ngo-editor', organization: 'icom' }] },
      { displayName: 'Ed Itor', email: 'ed@icom.example', password }
    );
    const link = new URL(session.link);
    expect(link.pathname).toBe('/sign-in');
    expect(link.search).toBe('');
    expect(link.hash).toMatch(/^#invitation=liv_[\w-]{43}$/);
    expect(session.body.person).toMatchObject({ displayName: 'Ed Itor', email: 'ed@icom.example' });
    expect(session.body.roles).toEqual([{ role: 'ngo-editor', organization: 'icom' }]);
    expect(session.setCookie).toMatch(/HttpOnly/);
    expect(session.setCookie).toMatch(/SameSite=Strict/);
    expect(session.setCookie).toMatch(/Path=\//);
    expect(session.setCookie).not.toMatch(/Secure/); // plain http outside production

    const me = await fetch(`${server.url}/v1/session`, { headers: { cookie: session.cookie } });
    expect(me.status).toBe(200);
    const body = (await me.json()) as CurrentSession;
    expect(body).toMatchObject({ credential: 'session', csrfToken: session.csrfToken, person: { email: 'ed@icom.example' } });
  });

  it('works once: a second acceptance of the same link is refused and creates nobody', async () => {
    const token = await secretariat();
    const created = await sendJson(server.url, '/v1/invitations', { roles: [{ role: 'liaison-committee' }] }, { headers: bearer(token) });
    const secret = new URL(((await created.json()) as { link: string }).link).hash.slice('#invitation='.length);
    expect((await sendJson(server.url, '/v1/invitations/accept', { secret, displayName: 'First', email: 'first@example.org', password })).status).toBe(201);
    const again = await sendJson(server.url, '/v1/invitations/accept', { secret, displayName: 'Second', email: 'second@example.org', password });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { errors: { path: string; message: string }[] }).errors).toEqual([
      expect.objectContaining({ path: 'secret', message: expect.stringMatching(/already been used/) }),
    ]);
    expect(await server.running.storage.accounts.personByEmail('second@example.org')).toBeUndefined();
  });

  it('expires: an invitation past its time is refused', async () => {
    const { secret } = await server.running.storage.invitations.create({ roles: [{ role: 'secretariat' }], createdBy: null, expiresAt: new Date(Date.now() - 1000) });
    const response = await sendJson(server.url, '/v1/invitations/accept', { secret, displayName: 'Late', email: 'late@example.org', password });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/has expired/);
    expect(await server.running.storage.accounts.personByEmail('late@example.org')).toBeUndefined();
  });

  it('defaults to 48 hours', async () => {
    const created = await sendJson(server.url, '/v1/invitations', { roles: [{ role: 'liaison-committee' }] }, { headers: bearer(await secretariat()) });
    const { expiresAt } = (await created.json()) as { expiresAt: string };
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(47.9 * 3_600_000);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(48 * 3_600_000);
  });

  it('only the Secretariat invites (401 anonymous, 403 another role); bad bodies name the field', async () => {
    expect((await sendJson(server.url, '/v1/invitations', { roles: [{ role: 'secretariat' }] })).status).toBe(401);
    const editor = await issueTestToken(server.running.storage, [{ role: 'ngo-editor', organization: 'icom' }]);
    expect((await sendJson(server.url, '/v1/invitations', { roles: [{ role: 'secretariat' }] }, { headers: bearer(editor.token) })).status).toBe(403);
    const token = await secretariat();
    const unknownOrg = await sendJson(server.url, '/v1/invitations', { roles: [{ role: 'ngo-editor', organization: 'no-such-ngo' }] }, { headers: bearer(token) });
    expect(unknownOrg.status).toBe(400);
    expect(((await unknownOrg.json()) as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ path: 'roles[0].organization', code: 'invalid-value' })]);
    const extra = await sendJson(server.url, '/v1/invitations', { roles: [{ role: 'secretariat' }], admin: true }, { headers: bearer(token) });
    expect(extra.status).toBe(400);
    expect(((await extra.json()) as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ path: 'admin', code: 'unknown-field' })]);
  });
});

describe('sign-in and sign-out', () => {
  it('signs in with e-mail and password, refuses a wrong one with the same answer as an unknown e-mail, and signs out on the server', async () => {
    await inviteAndAccept(server.url, await secretariat(), { roles: [{ role: 'sector', sector: 'ED' }] }, { displayName: 'Sam Sector', email: 'sam@unesco.example', password });
    const wrong = await sendJson(server.url, '/v1/session', { email: 'sam@unesco.example', password: 'not the password' });
    const unknown = await sendJson(server.url, '/v1/session', { email: 'nobody@unesco.example', password });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(((await wrong.json()) as { detail: string }).detail).toBe(((await unknown.json()) as { detail: string }).detail);

    const signedIn = await sessionFrom(await sendJson(server.url, '/v1/session', { email: ' Sam@UNESCO.example', password })); // e-mails compare in lower case
    expect(signedIn.body.roles).toEqual([{ role: 'sector', sector: 'ED' }]);
    expect((await fetch(`${server.url}/v1/session`, { headers: { cookie: signedIn.cookie } })).status).toBe(200);

    const out = await fetch(`${server.url}/v1/session`, { method: 'DELETE', headers: { cookie: signedIn.cookie, 'x-csrf-token': signedIn.csrfToken } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/liaison_session=;.*Max-Age=0/);
    // The old cookie opens nothing: the session ended in the database, not only in the browser.
    expect((await fetch(`${server.url}/v1/session`, { headers: { cookie: signedIn.cookie } })).status).toBe(401);
    // …and it does not break public reads either.
    expect((await fetch(`${server.url}/v1/organizations`, { headers: { cookie: signedIn.cookie } })).status).toBe(200);
  });
});

describe('CSRF on cookie sessions', () => {
  it('refuses a cookie-authenticated write without the CSRF token, with a wrong one, or from a foreign Origin (403 csrf); accepts it with both right', async () => {
    const session = await inviteAndAccept(server.url, await secretariat(), { roles: [{ role: 'secretariat' }] }, { displayName: 'Sec', email: 'sec@unesco.example', password });
    const create = (headers: Record<string, string>) => sendJson(server.url, '/v1/tokens', { label: 'csrf check' }, { headers: { cookie: session.cookie, ...headers } });
    const refusals = [
      await create({}),
      await create({ 'x-csrf-token': `lic_${'A'.repeat(43)}` }),
      await create({ 'x-csrf-token': session.csrfToken, origin: 'https://evil.example' }),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(403);
      expect(((await response.json()) as { type: string }).type).toBe('urn:ngo-liaison:problem:csrf');
    }
    expect((await server.running.storage.accounts.listTokens({ personId: session.body.person.id })).length).toBe(0);

    expect((await create({ 'x-csrf-token': session.csrfToken, origin: server.url })).status).toBe(201);
    expect((await create({ 'x-csrf-token': session.csrfToken })).status).toBe(201); // no Origin (some clients): the token suffices
    // Sign-out is a write too.
    expect((await fetch(`${server.url}/v1/session`, { method: 'DELETE', headers: { cookie: session.cookie } })).status).toBe(403);
  });

  it('needs no CSRF token with a bearer token', async () => {
    const response = await sendJson(server.url, '/v1/tokens', { label: 'program' }, { headers: { ...bearer(await secretariat()), origin: 'https://elsewhere.example' } });
    expect(response.status).toBe(201);
  });

  it('bounds and checks bodies: 413 past 16 KiB, 400 for a body that is not JSON', async () => {
    const huge = await sendJson(server.url, '/v1/session', { email: 'a@example.org', password: 'x'.repeat(20_000) });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { type: string }).type).toBe('urn:ngo-liaison:problem:too-large');
    const notJson = await fetch(`${server.url}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ path: 'body', message: 'is not valid JSON' })]);
  });

  it('refuses a sign-in or an acceptance posted from a foreign Origin', async () => {
    const response = await sendJson(server.url, '/v1/session', { email: 'sec@unesco.example', password }, { headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { type: string }).type).toBe('urn:ngo-liaison:problem:csrf');
  });
});

describe('tokens over HTTP', () => {
  it('creates (shown once), lists (never the secret), and revokes — by the holder or the Secretariat, not by another person', async () => {
    const holder = await issueTestToken(server.running.storage, [{ role: 'liaison-committee' }]);
    const created = await sendJson(server.url, '/v1/tokens', { label: 'my script', expiresInDays: 30 }, { headers: bearer(holder.token) });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const { id, token, expiresAt } = (await created.json()) as { id: string; token: string; expiresAt: string };
    expect(token).toMatch(/^lia_[\w-]{43}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(29.9 * 86_400_000);

    const list = await fetch(`${server.url}/v1/tokens`, { headers: bearer(token) });
    const listed = (await list.json()) as { items: { id: string; label: string; personId: string }[] };
    expect(listed.items.map((t) => t.id).sort()).toEqual([holder.tokenId, id].sort());
    expect(JSON.stringify(listed)).not.toContain(token.slice(4));

    const other = await issueTestToken(server.running.storage, [{ role: 'liaison-committee' }]);
    expect((await fetch(`${server.url}/v1/tokens?person=${holder.personId}`, { headers: bearer(other.token) })).status).toBe(403);
    expect((await fetch(`${server.url}/v1/tokens/${id}`, { method: 'DELETE', headers: bearer(other.token) })).status).toBe(404);
    const sec = await secretariat();
    const all = (await (await fetch(`${server.url}/v1/tokens?person=${holder.personId}`, { headers: bearer(sec) })).json()) as { items: unknown[] };
    expect(all.items).toHaveLength(2);

    expect((await fetch(`${server.url}/v1/tokens/${id}`, { method: 'DELETE', headers: bearer(holder.token) })).status).toBe(204);
    expect((await fetch(`${server.url}/v1/session`, { headers: bearer(token) })).status).toBe(401);
    expect((await fetch(`${server.url}/v1/tokens/${holder.tokenId}`, { method: 'DELETE', headers: bearer(sec) })).status).toBe(204);
    expect((await fetch(`${server.url}/v1/session`, { headers: bearer(holder.token) })).status).toBe(401);
  });

  it('refuses more than 365 days and names the field', async () => {
    const response = await sendJson(server.url, '/v1/tokens', { label: 'forever', expiresInDays: 366 }, { headers: bearer(await secretariat()) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ path: 'expiresInDays', code: 'too-large' })]);
  });

  it('GET /v1/people is the Secretariat’s', async () => {
    const editor = await issueTestToken(server.running.storage, [{ role: 'ngo-editor', organization: 'icom' }], { displayName: 'Listed Editor' });
    expect((await fetch(`${server.url}/v1/people`, { headers: bearer(editor.token) })).status).toBe(403);
    const people = (await (await fetch(`${server.url}/v1/people`, { headers: bearer(await secretariat()) })).json()) as { items: { id: string; roles: unknown[] }[] };
    expect(people.items.find((p) => p.id === editor.personId)?.roles).toEqual([{ role: 'ngo-editor', organization: 'icom' }]);
  });
});

describe('role changes', () => {
  it('the Secretariat replaces a person’s roles; the change holds at their next request; the last Secretariat role cannot go', async () => {
    const person = await issueTestToken(server.running.storage, [{ role: 'sector', sector: 'ED' }]);
    const sec = await issueTestToken(server.running.storage, [{ role: 'secretariat' }]);
    const put = (id: string, roles: unknown, token: string) => sendJson(server.url, `/v1/people/${id}/roles`, { roles }, { method: 'PUT', headers: bearer(token) });

    expect((await put(person.personId, [{ role: 'secretariat' }], person.token)).status).toBe(403);
    const moved = await put(person.personId, [{ role: 'sector', sector: 'SC' }, { role: 'ngo-editor', organization: 'icom' }], sec.token);
    expect(moved.status).toBe(200);
    const me = (await (await fetch(`${server.url}/v1/session`, { headers: bearer(person.token) })).json()) as CurrentSession;
    expect(me.roles).toEqual(expect.arrayContaining([{ role: 'sector', sector: 'SC' }, { role: 'ngo-editor', organization: 'icom' }]));
    expect(me.roles).toHaveLength(2);
    expect((await put('no-such-person', [], sec.token)).status).toBe(404);

    // Every Secretariat of this database but `sec` gives up the role; then `sec` may not drop its own.
    const people = (await (await fetch(`${server.url}/v1/people`, { headers: bearer(sec.token) })).json()) as { items: { id: string; roles: { role: string }[] }[] };
    for (const other of people.items.filter((p) => p.id !== sec.personId && p.roles.some((r) => r.role === 'secretariat'))) {
      expect((await put(other.id, [{ role: 'liaison-committee' }], sec.token)).status).toBe(200);
    }
    const last = await put(sec.personId, [{ role: 'liaison-committee' }], sec.token);
    expect(last.status).toBe(409);
    expect((await fetch(`${server.url}/v1/people`, { headers: bearer(sec.token) })).status).toBe(200); // unchanged: still the Secretariat
  });
});
