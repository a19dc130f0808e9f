import { beforeAll, describe, expect, it } from 'vitest';
import type { RoleGrant } from '@ngo-liaison/core';
import { issueTestToken } from './credentials.js';
import { expectValidMailHtml } from './mail-html.js';
import { useSmtpSink } from './smtp-sink.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * Inbox notices: when a write delivers an item to an inbox, each person who reads that inbox
 * and has an e-mail address gets one mail about it, queued in the write's transaction.
 */
const PUBLIC_URL = 'https://liaison.example.org';
const sink = useSmtpSink();
const server = useTestServer(() => ({ publicUrl: PUBLIC_URL, mail: { smtpUrl: sink.url, pollMs: 25 } }));
const { send } = writeRequests(server);
const OWN = 'demo-lanternfish-literacy-network';
let editor: string;
const people = {} as Record<'ed' | 'edNoMail' | 'abuja' | 'clt', string>;

async function person(displayName: string, email: string | null, roles: RoleGrant[]): Promise<string> {
  const storage = server.running.storage;
  const id = await storage.accounts.createPerson({ displayName, email });
  await storage.accounts.grantRoles(id, roles);
  return id;
}

beforeAll(async () => {
  editor = (await issueTestToken(server.running.storage, [{ role: 'ngo-editor', organization: OWN }])).token;
  people.ed = await person('Amina Diallo', 'amina.diallo@unesco.example', [{ role: 'sector', sector: 'ED' }]);
  people.edNoMail = await person('No Mail', null, [{ role: 'sector', sector: 'ED' }]);
  people.abuja = await person('Chidi Okafor', 'chidi.okafor@unesco.example', [{ role: 'field-office', fieldOffice: 'abuja' }]);
  people.clt = await person('Clara Ruiz', 'clara.ruiz@unesco.example', [{ role: 'sector', sector: 'CLT' }]);
});

const feedback = (over: Record<string, unknown> = {}) => ({
  organization: OWN,
  programme: 'demo-coastal-literacy-initiative',
  country: 'NG',
  fieldOffice: 'abuja',
  subject: 'Books in Hausa',
  text: 'Schools ask for books in Hausa.',
  language: 'en',
  ...over,
});

const outboxRows = () => server.running.storage.db.selectFrom('outbox').select(['kind', 'recipient', 'dedupe_key']).where('kind', '=', 'inbox-notice').execute();

describe('inbox notices', () => {
  it('mail each reader of the inboxes an item lands in who has an address, once, linking to their inbox page', async () => {
    const answer = await send('POST', '/v1/feedback', { token: editor, body: feedback() });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const mails = await sink.waitFor(2);
    await new Promise((resolve) => setTimeout(resolve, 200)); // nothing more arrives
    expect(sink.messages.map((mail) => mail.to[0]).sort()).toEqual(['amina.diallo@unesco.example', 'chidi.okafor@unesco.example']);
    const amina = mails.find((mail) => mail.to[0] === 'amina.diallo@unesco.example')!;
    expect(amina.subject).toBe('Feedback received: Books in Hausa');
    expect(amina.text).toContain('Hello Amina Diallo,');
    expect(amina.text).toContain(`${PUBLIC_URL}/demo/sector.html`);
    await expectValidMailHtml(amina.html);
    const chidi = mails.find((mail) => mail.to[0] === 'chidi.okafor@unesco.example')!;
    expect(chidi.text).toContain(`${PUBLIC_URL}/demo/field-office.html`);

    const rows = await outboxRows();
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.dedupe_key).toMatch(new RegExp(`^inbox-notice:[^:]+:(${people.ed}|${people.abuja})$`));
  });

  it('a refused write delivers nothing and mails nothing', async () => {
    const before = (await outboxRows()).length;
    const refused = await send('POST', '/v1/feedback', { token: editor, body: feedback({ text: '' }) });
    expect(refused.status).toBe(400);
    expect((await outboxRows()).length).toBe(before);
  });
});
