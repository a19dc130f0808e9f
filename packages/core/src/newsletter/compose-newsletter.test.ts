import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.js';
import { NewsletterIssue, newsletterSummaryOf } from './newsletter.js';
import { composeNewsletter, newsletterConfirmationMail, newsletterMail, UNSUBSCRIBE_PLACEHOLDER } from './compose-newsletter.js';
import { NEWSLETTER_STRINGS } from './newsletter-strings.js';
import { previousMonth, sampleNewsletterSources } from './sample-newsletter.js';

const now = new Date('2026-12-04T10:00:00Z');

describe('composeNewsletter', () => {
  it('keeps sections in their fixed order and omits empty ones', () => {
    const issue = composeNewsletter({
      month: '2026-11',
      language: 'en',
      now,
      sources: { events: [{ id: 'e', title: 'Forum' }], 'new-partners': [{ id: 'o', title: 'Org' }], actions: [] },
    });
    expect(issue.sections.map((s) => s.section)).toEqual(['new-partners', 'events']);
    expect(issue.html).not.toContain('Published actions');
    expect(NewsletterIssue.safeParse(issue).success).toBe(true);
    expect(newsletterSummaryOf(issue).sections).toEqual([
      { section: 'new-partners', heading: 'New partners', count: 1 },
      { section: 'events', heading: 'Upcoming events and hearings', count: 1 },
    ]);
  });

  it.each(LANGUAGES)('renders %s with lang, dir, every heading and no remote resource', (language) => {
    const issue = composeNewsletter({ month: '2026-11', language, now, sources: sampleNewsletterSources(language), introduction: 'Hello <b>' });
    expect(issue.html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
    for (const heading of Object.values(NEWSLETTER_STRINGS[language].sections)) {
      expect(issue.html).toContain(heading);
      expect(issue.text).toContain(heading);
    }
    expect(issue.html).toContain('Hello &lt;b&gt;');
    expect(issue.html).not.toMatch(/<img|<link|@import|url\(|<script/i);
    expect(issue.html).not.toMatch(/src=/i);
  });

  it('puts the signed unsubscribe link in the body and the one-click headers', () => {
    const issue = composeNewsletter({ month: '2026-11', language: 'fr', now, sources: sampleNewsletterSources('fr') });
    const mail = newsletterMail(issue, 'Ana@Example.org', 'https://liaison.example/newsletter/unsubscribe?token=a&b');
    expect(mail.dedupeKey).toBe('newsletter:2026-11:ana@example.org');
    expect(mail.headers).toEqual({ 'List-Unsubscribe': '<https://liaison.example/newsletter/unsubscribe?token=a&b>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(mail.html).toContain('token=a&amp;b');
    expect(mail.text).toContain('token=a&b');
    expect(mail.html).not.toContain(UNSUBSCRIBE_PLACEHOLDER);
  });

  it('composes the confirmation mail in the subscriber language', () => {
    const mail = newsletterConfirmationMail('a@example.org', 'ar', 'https://x.example/c?token=t', now);
    expect(mail.kind).toBe('newsletter-confirmation');
    expect(mail.html).toContain('dir="rtl"');
    expect(mail.text).toContain('https://x.example/c?token=t');
  });

  it('names the previous month', () => {
    expect(previousMonth(new Date('2026-12-04T00:00:00Z'))).toBe('2026-11');
    expect(previousMonth(new Date('2027-01-31T00:00:00Z'))).toBe('2026-12');
  });
});
