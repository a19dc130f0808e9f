import { describe, expect, it } from 'vitest';
import { issueTestToken, type TestToken } from './credentials.js';
import { expectValidMailHtml } from './mail-html.js';
import { runCli } from './run-cli.js';
import { useSmtpSink } from './smtp-sink.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

const PUBLIC_URL = 'https://liaison.example.org';
const sink = useSmtpSink();
const server = useTestServer(() => ({ publicUrl: PUBLIC_URL, localInvitation: false, mail: { smtpUrl: sink.url, pollMs: 25 } }));
const { send } = writeRequests(server);

let secretariat: TestToken | undefined;
const secretariatToken = async () => (secretariat ??= await issueTestToken(server.running.storage, [{ role: 'secretariat' }])).token;
const outboxCount = async () => (await server.running.storage.db.selectFrom('outbox').select('id').execute()).length;

describe('POST /v1/invitations with an e-mail address', () => {
  it('mails the one-time link in the language asked for (Arabic, right to left), and the link signs the person in', async () => {
    const created = await send('POST', '/v1/invitations', {
      token: await secretariatToken(),
      body: { email: 'Nadia.Haddad@example.org', displayName: 'Nadia Haddad', roles: [{ role: 'liaison-committee' }], language: 'ar' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ mailedTo: 'nadia.haddad@example.org' });
    expect(created.body.link).toMatch(new RegExp(`^${PUBLIC_URL}/sign-in#invitation=`));

    const [mail] = await sink.waitFor(1);
    expect(mail!.to).toEqual(['nadia.haddad@example.org']);
    expect(mail!.subject).toBe('دعوتك إلى Liaison');
    expect(mail!.text).toContain(created.body.link);
    expect(mail!.text).toContain('Nadia Haddad');
    expect(mail!.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail!.html).toContain(`href="${created.body.link}"`);
    await expectValidMailHtml(mail!.html);

    const secret = new URL(created.body.link).hash.slice('#invitation='.length);
    // Once sent, the outbox keeps the envelope, not the link (it signs a person in).
    const deadline = Date.now() + 5_000;
    const stored = () => server.running.storage.db.selectFrom('outbox').select(['state', 'message']).where('kind', '=', 'invitation').executeTakeFirstOrThrow();
    while ((await stored()).state !== 'sent' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    expect((await stored()).message).not.toContain(secret);
    const accepted = await send('POST', '/v1/invitations/accept', {
      headers: { origin: server.url },
      body: { secret, displayName: 'Nadia Haddad', email: 'nadia.haddad@example.org', password: 'a long enough password' },
    });
    expect(accepted.status).toBe(201);
  });

  it('in English by default; without an address nothing is mailed', async () => {
    const token = await secretariatToken();
    const before = await outboxCount();
    const plain = await send('POST', '/v1/invitations', { token, body: { roles: [{ role: 'liaison-committee' }] } });
    expect(plain.status).toBe(201);
    expect(plain.body.mailedTo).toBeUndefined();
    expect(await outboxCount()).toBe(before);

    const mailed = await send('POST', '/v1/invitations', { token, body: { email: 'omar@example.org', roles: [{ role: 'liaison-committee' }] } });
    expect(mailed.status).toBe(201);
    const [mail] = await sink.waitFor(1);
    expect(mail!.subject).toBe('Your invitation to Liaison');
    expect(mail!.text).toContain('Hello,');
    expect(mail!.text).toContain(mailed.body.link);
  });

  it('refuses an unknown language naming the field, and writes neither invitation nor mail', async () => {
    const before = await outboxCount();
    const refused = await send('POST', '/v1/invitations', { token: await secretariatToken(), body: { email: 'x@example.org', roles: [{ role: 'liaison-committee' }], language: 'de' } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((error: { path: string }) => error.path)).toContain('language');
    expect(await outboxCount()).toBe(before);
  });
});

describe('liaison invite --email', () => {
  it('queues the mail with the invitation; the running server sends it', async () => {
    const run = await runCli(['invite', '--role', 'liaison-committee', '--email', 'cli@example.org', '--language', 'fr', '--json'], { ...server.env, PUBLIC_URL });
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as { link: string; mailedTo: string };
    expect(printed.mailedTo).toBe('cli@example.org');
    const [mail] = await sink.waitFor(1);
    expect(mail!.subject).toBe('Votre invitation à Liaison');
    expect(mail!.text).toContain(printed.link);
  });

  it('refuses --language without --email', async () => {
    const run = await runCli(['invite', '--role', 'liaison-committee', '--language', 'fr'], server.env);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--language is the language of the mail');
  });
});
