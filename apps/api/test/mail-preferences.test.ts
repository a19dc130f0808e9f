import { beforeAll, describe, expect, it } from 'vitest';
import type { RoleGrant } from '@ngo-liaison/core';
import { issueTestToken } from './credentials.js';
import { useSmtpSink } from './smtp-sink.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * GET and PUT /v1/me/mail-preferences, and what they change: a person who turns notices off
 * gets none; one who chooses French gets them in French.
 */
const sink = useSmtpSink();
const server = useTestServer(() => ({ mail: { smtpUrl: sink.url, pollMs: 25 } }));
const { send } = writeRequests(server);
const OWN = 'demo-lanternfish-literacy-network';
let editor: string;
const readers = {} as Record<'quiet' | 'french', string>;

async function reader(displayName: string, email: string, roles: RoleGrant[]): Promise<string> {
  const storage = server.running.storage;
  const personId = await storage.accounts.createPerson({ displayName, email });
  await storage.accounts.grantRoles(personId, roles);
  return (await storage.accounts.issueToken(personId, { label: 'test', expiresAt: new Date(Date.now() + 86_400_000) })).token;
}

beforeAll(async () => {
  editor = (await issueTestToken(server.running.storage, [{ role: 'ngo-editor', organization: OWN }])).token;
  readers.quiet = await reader('Quiet Reader', 'quiet@unesco.example', [{ role: 'sector', sector: 'ED' }]);
  readers.french = await reader('Lecteur Français', 'lecteur@unesco.example', [{ role: 'field-office', fieldOffice: 'abuja' }]);
});

describe('mail preferences', () => {
  it('are the defaults until set (notices on, no digest, English), then what was put; the change is audited', async () => {
    const initial = await send('GET', '/v1/me/mail-preferences', { token: readers.quiet });
    expect(initial.status).toBe(200);
    expect(initial.body).toEqual({ notices: true, digest: 'off', language: 'en' });
    expect(initial.headers.get('cache-control')).toContain('no-store');

    const set = await send('PUT', '/v1/me/mail-preferences', { token: readers.quiet, body: { notices: false, digest: 'daily', language: 'es' } });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ notices: false, digest: 'daily', language: 'es' });
    expect((await send('GET', '/v1/me/mail-preferences', { token: readers.quiet })).body).toEqual({ notices: false, digest: 'daily', language: 'es' });

    const audit = await server.running.storage.db.selectFrom('audit_log').select(['action', 'entity_type', 'data']).where('action', '=', 'mail-preferences.set').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ before: { notices: true, digest: 'off', language: 'en' }, after: { notices: false, digest: 'daily', language: 'es' } });
  });

  it('refuses a bad value naming the field, and an incomplete body, changing nothing', async () => {
    const bad = await send('PUT', '/v1/me/mail-preferences', { token: readers.french, body: { notices: true, digest: 'hourly', language: 'fr' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { path: string }) => error.path)).toEqual(['digest']);
    const partial = await send('PUT', '/v1/me/mail-preferences', { token: readers.french, body: { language: 'fr' } });
    expect(partial.status).toBe(400);
    expect((await send('GET', '/v1/me/mail-preferences', { token: readers.french })).body).toEqual({ notices: true, digest: 'off', language: 'en' });
    expect((await send('GET', '/v1/me/mail-preferences')).status).toBe(401);
  });

  it('notices follow them: none for who turned them off, French for who chose French', async () => {
    expect((await send('PUT', '/v1/me/mail-preferences', { token: readers.french, body: { notices: true, digest: 'off', language: 'fr' } })).status).toBe(200);
    const feedback = await send('POST', '/v1/feedback', {
      token: editor,
      body: { organization: OWN, programme: 'demo-coastal-literacy-initiative', country: 'NG', fieldOffice: 'abuja', subject: 'Livres en haoussa', text: 'Les écoles demandent des livres.', language: 'fr' },
    });
    expect(feedback.status).toBe(201);
    const [mail] = await sink.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.messages).toHaveLength(1);
    expect(mail!.to).toEqual(['lecteur@unesco.example']);
    expect(mail!.subject).toBe('Retour reçu : Livres en haoussa');
    expect(mail!.html).toContain('<html lang="fr" dir="ltr">');
  });
});
