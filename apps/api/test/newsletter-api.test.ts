import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, NEWSLETTER_PAGE_STRINGS, NEWSLETTER_SECTIONS, NewsletterArchive, NewsletterIssue, type MailMessage } from '@ngo-liaison/core';
import { signLink } from '../src/access/signed-link.js';
import { issueTestToken } from './credentials.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * The newsletter over HTTP against a real database: the archive a fresh database shows (last
 * month's sample issue), one issue in French, the Secretariat's draft and send, and a public
 * subscriber's double opt-in and one-click unsubscribe through the pages the mails link to.
 */
const SECRET = 'newsletter-test-secret';
let clock = new Date('2026-12-04T09:00:00Z');
const server = useTestServer({ now: () => clock, mail: { secret: SECRET }, publicUrl: 'https://liaison.example' });
const { send } = writeRequests(server);
const tokens = {} as Record<'secretariat' | 'ed', string>;

beforeAll(async () => {
  const storage = server.running.storage;
  tokens.secretariat = (await issueTestToken(storage, [{ role: 'secretariat' }])).token;
  tokens.ed = (await issueTestToken(storage, [{ role: 'sector', sector: 'ED' }])).token;
});

async function mails(kind: string): Promise<MailMessage[]> {
  const rows = await server.running.storage.db.selectFrom('outbox').select('message').where('kind', '=', kind).orderBy('seq').execute();
  return rows.map((row) => JSON.parse(row.message) as MailMessage);
}

const pathOf = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
};

async function page(method: 'GET' | 'POST', path: string, body?: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${server.url}${path}`, { method, ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }) });
  return { status: response.status, text: await response.text() };
}

describe('the archive and one issue', () => {
  it('holds last month’s sample issue on a fresh database, in each language', async () => {
    const answer = await send('GET', '/v1/newsletters');
    expect(answer.status).toBe(200);
    const archive = NewsletterArchive.parse(answer.body);
    expect(archive.items.map((item) => [item.month, item.language])).toEqual([['2026-11', 'en']]);
    expect(archive.items[0]!.sections.length).toBe(7);
    for (const language of LANGUAGES) expect((await send('GET', `/v1/newsletters?lang=${language}`)).body.items[0].language).toBe(language);
  });

  it('serves one issue as JSON with its HTML and text (?lang=fr), and 404/400 where it must', async () => {
    const answer = await send('GET', '/v1/newsletters/2026-11?lang=fr');
    expect(answer.status).toBe(200);
    const issue = NewsletterIssue.parse(answer.body);
    expect(issue.language).toBe('fr');
    expect(issue.html).toContain('<html lang="fr" dir="ltr">');
    expect(issue.text).toContain('Nouveaux partenaires');
    expect((await send('GET', '/v1/newsletters/2026-10')).status).toBe(404);
    expect((await send('GET', '/v1/newsletters/2026-13')).status).toBe(400);
    expect((await send('GET', '/v1/newsletters/2026-11?lang=de')).status).toBe(400);
  });
});

describe('the draft and the send', () => {
  it('is read and written by the Secretariat only', async () => {
    expect((await send('GET', '/v1/newsletters/2026-12/draft')).status).toBe(401);
    expect((await send('GET', '/v1/newsletters/2026-12/draft', { token: tokens.ed })).status).toBe(403);
    expect((await send('PUT', '/v1/newsletters/2026-12/draft', { token: tokens.ed, body: { items: [], introduction: {} } })).status).toBe(403);
    expect((await send('POST', '/v1/newsletters/2026-12/send', { token: tokens.ed })).status).toBe(403);
    const draft = await send('GET', '/v1/newsletters/2026-12/draft', { token: tokens.secretariat });
    expect(draft.status).toBe(200);
    expect(draft.body.month).toBe('2026-12');
    const bad = await send('PUT', '/v1/newsletters/2026-12/draft', { token: tokens.secretariat, body: { items: [{ section: 'gossip', id: 'x' }], introduction: {} } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('items');
    const put = await send('PUT', '/v1/newsletters/2026-12/draft', {
      token: tokens.secretariat,
      body: { items: draft.body.items, introduction: { fr: 'Bonjour à toutes et à tous.', en: 'Hello all.' } },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.introduction.fr).toBe('Bonjour à toutes et à tous.');
  });

  it('offers the month’s live data as candidates: the sample consultation, still open when November’s issue goes out', async () => {
    const draft = await send('GET', '/v1/newsletters/2026-11/draft', { token: tokens.secretariat });
    const consultations = draft.body.candidates.find((s: { section: string }) => s.section === 'consultations');
    expect(consultations?.items.map((i: { id: string }) => i.id)).toEqual(['cons-demo-literacy-priorities']);
    // December's issue goes out after it closes (25 December): not announced as open then.
    const december = await send('GET', '/v1/newsletters/2026-12/draft', { token: tokens.secretariat });
    expect(december.body.candidates.some((s: { section: string }) => s.section === 'consultations')).toBe(false);
  });

  it('offers the admissions and renewals decided in the month, and the actions published in it by sector and region', async () => {
    const evidence = [{ source: 'unesco-decision', url: 'https://www.unesco.org/en/example', asOf: '2026-12-01' }];
    const decide = (id: string, body: Record<string, unknown>) => send('POST', `/v1/organizations/${id}/decisions`, { token: tokens.secretariat, body: { evidence, ...body } });
    const SALTMARSH = 'demo-saltmarsh-heritage-collective';
    const LANTERNFISH = 'demo-lanternfish-literacy-network';
    expect((await decide(SALTMARSH, { kind: 'termination', decidedBy: 'DG', decisionRef: 'DG/TEST/1', date: '2026-11-02' })).status).toBe(201);
    expect((await decide(SALTMARSH, { kind: 'admission', category: 'consultative', decidedBy: 'DG', decisionRef: 'DG/TEST/2', date: '2026-11-20' })).status).toBe(201);
    expect((await decide(LANTERNFISH, { kind: 'renewal', category: 'associate', decidedBy: 'EB', decisionRef: '999 EX/TEST/3', date: '2026-11-25' })).status).toBe(201);
    const editor = (await issueTestToken(server.running.storage, [{ role: 'ngo-editor', organization: LANTERNFISH }])).token;
    const submitted = await send('POST', '/v1/actions', {
      token: editor,
      body: { actor: { kind: 'organization', organization: LANTERNFISH }, programme: 'demo-coastal-literacy-initiative', title: { en: 'Reading circles in Kano' }, countries: ['NG'], period: { start: '2026-09-01' }, outcomes: [] },
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(202);
    expect((await send('POST', `/v1/action-submissions/${submitted.body.action.id}/publish`, { token: tokens.ed })).status).toBe(200);

    const section = (draft: { body: { candidates: { section: string; items: unknown[] }[] } }, name: string) => draft.body.candidates.find((s) => s.section === name)?.items ?? [];
    const november = await send('GET', '/v1/newsletters/2026-11/draft', { token: tokens.secretariat });
    expect(section(november, 'new-partners')).toEqual([{ id: expect.any(String), title: 'Saltmarsh Heritage Collective', detail: 'DG/TEST/2 (2026-11-20)' }]);
    expect(section(november, 'renewed-partners')).toEqual([{ id: expect.any(String), title: 'Lanternfish Literacy Network', detail: '999 EX/TEST/3 (2026-11-25)' }]);
    // Published on the clock's day, 4 December: December's issue tells it.
    expect(section(november, 'actions')).toEqual([]);
    const december = await send('GET', '/v1/newsletters/2026-12/draft', { token: tokens.secretariat });
    expect(section(december, 'actions')).toEqual([
      { id: submitted.body.action.id, title: 'Lanternfish Literacy Network: Reading circles in Kano', group: 'Education Sector · Africa', detail: '2026-09-01' },
    ]);
  });

  it('mails each fictional partner contact and confirmed subscriber once, even when sent twice; the draft then closes', async () => {
    const first = await send('POST', '/v1/newsletters/2026-12/send', { token: tokens.secretariat });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.enqueued).toBe(first.body.recipients);
    const again = await send('POST', '/v1/newsletters/2026-12/send', { token: tokens.secretariat });
    expect(again.body.enqueued).toBe(0);
    const sent = (await mails('newsletter')).filter((mail) => mail.dedupeKey.startsWith('newsletter:2026-12:'));
    expect(sent.length).toBe(first.body.recipients);
    for (const mail of sent) {
      expect(mail.to).toMatch(/\.example\.org$/); // fictional organisations only
      expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    }
    expect((await send('PUT', '/v1/newsletters/2026-12/draft', { token: tokens.secretariat, body: { items: [], introduction: {} } })).status).toBe(409);
    const fr = await send('GET', '/v1/newsletters/2026-12?lang=fr');
    expect(fr.body.introduction).toBe('Bonjour à toutes et à tous.');
    expect(fr.body.sentAt).toBe(clock.toISOString());
  });
});

describe('a subscriber', () => {
  const address = 'reader@example.net';

  it('signs up (202, same answer either way), confirms on the page’s POST only, and receives the next issue', async () => {
    const invalid = await send('POST', '/v1/newsletter/subscriptions', { body: { email: 'not-an-address', language: 'fr' } });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body)).toContain('email');
    const answer = await send('POST', '/v1/newsletter/subscriptions', { body: { email: 'Reader@Example.net', language: 'fr' } });
    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({ state: 'pending' });
    const [confirmation] = await mails('newsletter-confirmation');
    expect(confirmation!.to).toBe(address);
    const link = confirmation!.text.match(/https:\/\/liaison\.example\/newsletter\/confirm\?token=\S+/)![0];
    const shown = await page('GET', pathOf(link));
    expect(shown.status).toBe(200);
    expect(shown.text).toContain('<form method="post">');
    // In the language the reader signed up in, the address isolated from the French text around it.
    expect(shown.text).toContain('<html lang="fr" dir="ltr">');
    expect(shown.text).toContain('Confirmer l’abonnement</button>');
    expect(shown.text).toContain('<bdi>reader@example.net</bdi>');
    expect((await server.running.storage.newsletter.subscriber(address))?.state).toBe('pending'); // GET never acts
    const confirmed = await page('POST', pathOf(link));
    expect(confirmed.status).toBe(200);
    expect((await server.running.storage.newsletter.subscriber(address))?.state).toBe('confirmed');

    // The clock has moved on by days: a fresh token for the Secretariat.
    const secretariat = (await issueTestToken(server.running.storage, [{ role: 'secretariat' }], { expiresAt: new Date(clock.getTime() + 3600_000) })).token;
    const sent = await send('POST', '/v1/newsletters/2026-12/send', { token: secretariat });
    expect(sent.body.enqueued, JSON.stringify(sent.body)).toBe(1);
    const mine = (await mails('newsletter')).find((mail) => mail.to === address)!;
    expect(mine.language).toBe('fr');
    expect(mine.subject).toContain('Lettre');
  });

  it('unsubscribes with one click (RFC 8058) or from the page; forged and other-purpose tokens are refused', async () => {
    const mine = (await mails('newsletter')).find((mail) => mail.to === address)!;
    const url = mine.headers!['List-Unsubscribe']!.slice(1, -1);
    expect(url.startsWith('https://liaison.example/newsletter/unsubscribe?token=')).toBe(true);
    expect(new URL(url).searchParams.get('lang')).toBe('fr');
    const shown = await page('GET', pathOf(url));
    expect(shown.status).toBe(200);
    expect(shown.text).toContain('Se désabonner</button>');
    expect((await server.running.storage.newsletter.subscriber(address))?.state).toBe('confirmed');

    const forged = signLink('another-secret', { purpose: 'newsletter-unsubscribe', subject: address });
    expect((await page('POST', `/newsletter/unsubscribe?token=${forged}`, 'List-Unsubscribe=One-Click')).status).toBe(400);
    const otherPurpose = signLink(SECRET, { purpose: 'newsletter-confirm', subject: address });
    expect((await page('POST', `/newsletter/unsubscribe?token=${otherPurpose}`, 'List-Unsubscribe=One-Click')).status).toBe(400);
    expect((await page('GET', '/newsletter/unsubscribe?token=garbage')).status).toBe(400);

    const oneClick = await page('POST', pathOf(url), 'List-Unsubscribe=One-Click');
    expect(oneClick.status).toBe(200);
    expect((await server.running.storage.newsletter.subscriber(address))?.state).toBe('unsubscribed');
  });

  it('cannot confirm with an expired link; unconfirmed sign-ups are purged after 48 hours', async () => {
    await send('POST', '/v1/newsletter/subscriptions', { body: { email: 'late@example.net', language: 'ar', topics: ['events'] } });
    const confirmation = (await mails('newsletter-confirmation')).find((mail) => mail.to === 'late@example.net')!;
    const link = confirmation.text.match(/https:\/\/\S+token=\S+/)![0];
    clock = new Date(clock.getTime() + 49 * 3600 * 1000);
    const expired = await page('GET', pathOf(link));
    expect(expired.text).toContain('<html lang="ar" dir="rtl">');
    expect(expired.text).toContain(NEWSLETTER_PAGE_STRINGS.ar.expired);
    expect((await page('POST', pathOf(link))).status).toBe(400);
    await send('POST', '/v1/newsletter/subscriptions', { body: { email: 'other@example.net', language: 'en' } });
    expect(await server.running.storage.newsletter.subscriber('late@example.net')).toBeUndefined();
  });

  it('is bounded per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await send('POST', '/v1/newsletter/subscriptions', { body: { email: 'many@example.net', language: 'en' } })).status);
    // One confirmation per address and minute (dedupe), then at most 3 per 48 hours.
    expect(statuses.every((status) => status === 202 || status === 429)).toBe(true);
    for (let i = 0; i < 4; i += 1) {
      clock = new Date(clock.getTime() + 61 * 1000);
      statuses.push((await send('POST', '/v1/newsletter/subscriptions', { body: { email: 'many@example.net', language: 'en' } })).status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect((await mails('newsletter-confirmation')).filter((mail) => mail.to === 'many@example.net').length).toBe(3);
  });

  it('mails a subscriber only the sections of their topics, and nothing in a month without them', async () => {
    const issue = NewsletterIssue.parse((await send('GET', '/v1/newsletters/2026-12?lang=en')).body);
    const present = issue.sections.at(-1)!.section;
    const absent = NEWSLETTER_SECTIONS.find((section) => !issue.sections.some((s) => s.section === section));
    expect(absent, 'the December issue leaves at least one section empty').toBeDefined();
    const readers = { 'one-topic@example.net': [present], 'empty-topic@example.net': [absent!] };
    for (const [email, topics] of Object.entries(readers)) {
      clock = new Date(clock.getTime() + 61 * 1000);
      expect((await send('POST', '/v1/newsletter/subscriptions', { body: { email, language: 'en', topics } })).status).toBe(202);
      const link = (await mails('newsletter-confirmation')).find((mail) => mail.to === email)!.text.match(/https:\/\/\S+token=\S+/)![0];
      expect((await page('POST', pathOf(link))).status).toBe(200);
    }
    // The clock has moved on by days: a fresh token for the Secretariat.
    const secretariat = (await issueTestToken(server.running.storage, [{ role: 'secretariat' }], { expiresAt: new Date(clock.getTime() + 3600_000) })).token;
    const sent = await send('POST', '/v1/newsletters/2026-12/send', { token: secretariat });
    expect(sent.body.enqueued, JSON.stringify(sent.body)).toBe(1);
    const mine = (await mails('newsletter')).filter((mail) => mail.to in readers);
    expect(mine.map((mail) => mail.to)).toEqual(['one-topic@example.net']);
    const wanted = issue.sections.find((s) => s.section === present)!;
    expect(mine[0]!.html).toContain(`id="section-${present}"`);
    expect(mine[0]!.text).toContain(wanted.heading);
    for (const other of issue.sections.filter((s) => s.section !== present)) expect(mine[0]!.html).not.toContain(`id="section-${other.section}"`);
  });
});
