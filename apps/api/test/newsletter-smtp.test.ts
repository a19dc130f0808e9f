import { beforeAll, describe, expect, it } from 'vitest';
import { issueTestToken } from './credentials.js';
import { expectValidMailHtml } from './mail-html.js';
import { useSmtpSink, type SinkMessage } from './smtp-sink.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * The month's newsletter reaches a real SMTP server on loopback in French and in Arabic: two
 * readers sign up (double opt-in through the mailed link's page), the Secretariat sends the
 * issue, each reader gets it once in their language with a working one-click unsubscribe.
 */
const PUBLIC_URL = 'https://liaison.example';
const clock = new Date('2026-12-04T09:00:00Z');
const sink = useSmtpSink();
const server = useTestServer(() => ({ now: () => clock, publicUrl: PUBLIC_URL, localInvitation: false, mail: { smtpUrl: sink.url, pollMs: 25 } }));
const { send } = writeRequests(server);
let secretariat: string;
const READERS = { fr: 'lectrice@example.net', ar: 'qari@example.net' } as const;

beforeAll(async () => {
  secretariat = (await issueTestToken(server.running.storage, [{ role: 'secretariat' }])).token;
});

/** The link a mail gives, opened on this server (mails carry PUBLIC_URL). */
const onServer = (link: string) => {
  const url = new URL(link);
  return `${server.url}${url.pathname}${url.search}`;
};

async function mailTo(address: string, subjectHas: (subject: string) => boolean): Promise<SinkMessage> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = sink.messagesTo(address).find((mail) => subjectHas(mail.subject));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${address}; subjects: ${sink.messagesTo(address).map((m) => m.subject).join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the newsletter over SMTP', () => {
  it('signs two readers up by the mailed confirmation link, then reaches each once in French and in Arabic, with a one-click unsubscribe that works', async () => {
    for (const [language, email] of Object.entries(READERS)) {
      const answer = await send('POST', '/v1/newsletter/subscriptions', { body: { email, language } });
      expect(answer.status, JSON.stringify(answer.body)).toBe(202);
      const confirmation = await mailTo(email, () => true);
      const link = /https:\/\/liaison\.example\/newsletter\/confirm\?token=[\w.-]+/.exec(confirmation.text)![0];
      // A scanner's GET shows the page and changes nothing; the page's POST confirms.
      expect((await fetch(onServer(link))).status).toBe(200);
      expect((await server.running.storage.newsletter.subscriber(email))?.state).toBe('pending');
      expect((await fetch(onServer(link), { method: 'POST' })).status).toBe(200);
      expect((await server.running.storage.newsletter.subscriber(email))?.state).toBe('confirmed');
    }

    const sent = await send('POST', '/v1/newsletters/2026-12/send', { token: secretariat });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);

    const fr = await mailTo(READERS.fr, (subject) => subject.includes('2026'));
    expect(fr.html).toContain('<html lang="fr" dir="ltr">');
    expect(fr.subject).toContain('Lettre du partenariat');
    await expectValidMailHtml(fr.html!);
    const ar = await mailTo(READERS.ar, (subject) => subject.includes('2026'));
    expect(ar.html).toContain('<html lang="ar" dir="rtl">');
    await expectValidMailHtml(ar.html!);

    // Sending again mails nobody twice.
    expect((await send('POST', '/v1/newsletters/2026-12/send', { token: secretariat })).body.enqueued).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const email of Object.values(READERS)) expect(sink.messagesTo(email).filter((m) => m.subject.includes('2026')).length).toBe(1);

    // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the header's URL.
    expect(ar.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /<(https:[^>]+)>/.exec(ar.headers.get('list-unsubscribe')!)![1]!;
    const oneClick = await fetch(onServer(unsubscribe), { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(oneClick.status).toBe(200);
    expect((await server.running.storage.newsletter.subscriber(READERS.ar))?.state).toBe('unsubscribed');
    expect((await server.running.storage.newsletter.subscriber(READERS.fr))?.state).toBe('confirmed');
  });
});
