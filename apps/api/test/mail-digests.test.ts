import { beforeAll, describe, expect, it } from 'vitest';
import { issueTestToken } from './credentials.js';
import { expectValidMailHtml } from './mail-html.js';
import { useSmtpSink } from './smtp-sink.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * Daily digests: queued once per UTC day for a person who asked for one, listing what reached
 * their inboxes since the last; nothing when nothing came. The test sets the server's clock and
 * drives the digest loop and the sender itself.
 */
const DAY = 86_400_000;
const today = new Date(new Date().toISOString().slice(0, 10) + 'T01:00:00.000Z');
let at = today;
const sink = useSmtpSink();
const server = useTestServer(() => ({ now: () => at, publicUrl: 'https://liaison.example.org', mail: { smtpUrl: sink.url, send: false } }));
const { send } = writeRequests(server);
const OWN = 'demo-lanternfish-literacy-network';
let editor: string;
let reader: string;

beforeAll(async () => {
  const storage = server.running.storage;
  editor = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: OWN }])).token;
  const personId = await storage.accounts.createPerson({ displayName: 'Amina Diallo', email: 'amina@unesco.example' });
  await storage.accounts.grantRoles(personId, [{ role: 'sector', sector: 'ED' }]);
  reader = (await storage.accounts.issueToken(personId, { label: 'test', expiresAt: new Date(Date.now() + 3 * DAY) })).token;
});

const feedback = (subject: string) => ({ organization: OWN, programme: 'demo-coastal-literacy-initiative', country: 'NG', subject, text: 'Schools ask for books.', language: 'en' });

describe('inbox digests', () => {
  it('are queued once per day for who asked, with the items since the last one', async () => {
    const { mail } = server.running;
    expect((await send('PUT', '/v1/me/mail-preferences', { token: reader, body: { notices: false, digest: 'daily', language: 'en' } })).status).toBe(200);
    expect(await mail.digests.runOnce(), 'nothing came yet').toBe(0);

    at = new Date(today.getTime() + 60_000);
    for (const subject of ['Books in Hausa', 'Teachers in Kano']) expect((await send('POST', '/v1/feedback', { token: editor, body: feedback(subject) })).status).toBe(201);
    at = new Date(today.getTime() + 120_000);
    expect(await mail.digests.runOnce(), 'the day’s digest was already queued').toBe(0);
    expect(await mail.sender.sendAllDue(), 'notices are off').toEqual([]);

    at = new Date(today.getTime() + DAY);
    expect(await mail.digests.runOnce()).toBe(1);
    expect(await mail.digests.runOnce(), 'once a day').toBe(0);
    expect((await mail.sender.sendAllDue()).map((step) => step.outcome)).toEqual(['sent']);
    const [digest] = sink.messages;
    expect(digest!.to).toEqual(['amina@unesco.example']);
    expect(digest!.subject).toBe('Your daily Liaison digest: 2 new');
    expect(digest!.text).toContain('Feedback received — Teachers in Kano');
    expect(digest!.text).toContain('Feedback received — Books in Hausa');
    expect(digest!.text).toContain('https://liaison.example.org/demo/sector.html');
    await expectValidMailHtml(digest!.html);

    at = new Date(today.getTime() + 2 * DAY);
    expect(await mail.digests.runOnce(), 'nothing new since').toBe(0);
  });
});
