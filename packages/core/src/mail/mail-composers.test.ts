import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.js';
import type { InboxItem } from '../inbox/inbox-item.js';
import { inboxNoticeMail } from './inbox-notice-mail.js';
import { digestPeriodLabel, inboxDigestMail, isDigestDue } from './inbox-digest-mail.js';
import { invitationMail } from './invitation-mail.js';
import { composeMailBody } from './mail-layout.js';

const link = 'https://liaison.example.org/sign-in#invitation=liv_abc';
const item: InboxItem = {
  id: 'item-1',
  addressee: { kind: 'sector', sector: 'CLT' },
  kind: 'recommendation.addressed',
  subject: { type: 'recommendation', id: 'rec-1' },
  title: { fr: 'Protéger le patrimoine <immatériel> & vivant' },
  summary: { en: 'Addressed by the ICNGO' },
  at: '2026-11-02T09:00:00.000Z',
  public: false,
  reasons: [],
};

describe('invitationMail', () => {
  it.each(LANGUAGES)('in %s: subject, the link in text and HTML, the expiry, lang and direction, nothing remote', (language) => {
    const mail = invitationMail({ invitationId: 'inv-1', to: 'ana@example.org', language, link, expiresAt: '2026-12-06T13:00:00.000Z', displayName: 'Ana' });
    expect(mail).toMatchObject({ kind: 'invitation', to: 'ana@example.org', language, dedupeKey: 'invitation:inv-1' });
    expect(mail.subject.length).toBeGreaterThan(5);
    expect(mail.text).toContain(link);
    expect(mail.text).toContain('Ana');
    expect(mail.text).toMatch(/2026/);
    expect(mail.html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).not.toMatch(/<img|<link|<script|src=|url\(/i);
  });

  it('speaks each language in its own words', () => {
    const subjects = new Set(LANGUAGES.map((language) => invitationMail({ invitationId: 'i', to: 'a@b.org', language, link, expiresAt: new Date() }).subject));
    expect(subjects.size).toBe(6);
  });
});

describe('inboxNoticeMail', () => {
  it.each(LANGUAGES)('in %s: the kind and the title in the subject, the title marked with its own language, one per item and person', (language) => {
    const mail = inboxNoticeMail({ item, personId: 'p1', displayName: 'Ana', to: 'ana@example.org', language, inboxUrl: 'https://liaison.example.org/inbox' });
    expect(mail).toMatchObject({ kind: 'inbox-notice', dedupeKey: 'inbox-notice:item-1:p1', language });
    expect(mail.subject).toContain('Protéger le patrimoine <immatériel> & vivant');
    expect(mail.html).toContain('Protéger le patrimoine &lt;immatériel&gt; &amp; vivant');
    if (language !== 'fr') expect(mail.html).toContain('lang="fr" dir="ltr"><strong>Protéger');
    expect(mail.text).toContain('https://liaison.example.org/inbox');
    expect(mail.text).toContain('Addressed by the ICNGO');
    expect(mail.html).not.toMatch(/<img|<link|<script|src=/i);
  });
});

describe('composeMailBody', () => {
  it('escapes what it is given and aligns Arabic to the right', () => {
    const { html, text } = composeMailBody({ language: 'ar', heading: 'a "b"', paragraphs: ['<script>'], action: { label: 'x', url: 'https://e.org/?a=1&b=2' }, footer: 'f' });
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('href="https://e.org/?a=1&amp;b=2"');
    expect(html).toContain('text-align:right');
    expect(text).toContain('https://e.org/?a=1&b=2');
  });
});

describe('inboxDigestMail', () => {
  it.each(LANGUAGES)('in %s: lists the items, one digest per person and period', (language) => {
    const now = new Date('2026-12-04T08:00:00.000Z');
    const mail = inboxDigestMail({ personId: 'p1', displayName: 'Ana', to: 'ana@example.org', language, frequency: 'weekly', items: [item, { ...item, id: 'item-2' }], now, inboxUrl: 'https://l.example.org/inbox' });
    expect(mail).toMatchObject({ kind: 'inbox-digest', dedupeKey: 'inbox-digest:p1:2026-W49', language });
    expect(mail.subject).toContain('2');
    expect(mail.text.match(/Protéger le patrimoine/g)).toHaveLength(2);
    expect(mail.html).toContain(`<html lang="${language}"`);
  });

  it('is due once per UTC day (daily) or ISO week (weekly), never when off', () => {
    const monday = new Date('2026-11-30T09:00:00.000Z');
    expect(isDigestDue('off', null, monday)).toBe(false);
    expect(isDigestDue('daily', null, monday)).toBe(true);
    expect(isDigestDue('daily', '2026-11-30T01:00:00.000Z', monday)).toBe(false);
    expect(isDigestDue('daily', '2026-11-29T23:59:00.000Z', monday)).toBe(true);
    expect(isDigestDue('weekly', '2026-11-29T23:59:00.000Z', monday)).toBe(true); // Sunday was last week
    expect(isDigestDue('weekly', '2026-11-30T00:01:00.000Z', new Date('2026-12-06T23:00:00.000Z'))).toBe(false);
    expect(digestPeriodLabel('weekly', new Date('2027-01-01T00:00:00.000Z'))).toBe('2026-W53');
  });
});
