import { describe, expect, it } from 'vitest';
import { composeNewsletter } from './compose-newsletter.js';
import { NEWSLETTER_SECTIONS } from './newsletter.js';
import { NEWSLETTER_STRINGS } from './newsletter-strings.js';
import { issueForTopics } from './newsletter-topics.js';

const issue = composeNewsletter({
  month: '2026-11',
  language: 'fr',
  now: new Date('2026-12-01T08:00:00Z'),
  introduction: 'Bonne lecture.',
  sources: { events: [{ id: 'e', title: 'Forum international' }], actions: [{ id: 'a', title: 'Atelier', group: 'Éducation' }] },
});

describe('issueForTopics', () => {
  it('keeps only the chosen sections, in HTML and text, with the introduction and the unsubscribe link', () => {
    const events = issueForTopics(issue, ['events', 'consultations'])!;
    expect(events.sections.map((s) => s.section)).toEqual(['events']);
    expect(events.html).toContain('Forum international');
    expect(events.html).not.toContain('Atelier');
    expect(events.text).not.toContain(NEWSLETTER_STRINGS.fr.sections.actions);
    expect(events.html).toContain('Bonne lecture.');
    expect(events.html).toContain('%%UNSUBSCRIBE_URL%%');
  });

  it('sends nothing when none of the chosen sections has items this month', () => {
    expect(issueForTopics(issue, ['consultations', 'new-partners'])).toBeUndefined();
  });

  it('leaves the issue whole for every topic or none chosen (partners’ contacts)', () => {
    expect(issueForTopics(issue, [...NEWSLETTER_SECTIONS])).toBe(issue);
    expect(issueForTopics(issue, undefined)).toBe(issue);
  });
});
