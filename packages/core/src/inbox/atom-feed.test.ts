import { parseFeed } from '@rowanmanning/feed-parser';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { atomFeed, atomId, escapeXml, inboxFeed } from './atom-feed.js';
import type { InboxItem } from './inbox-item.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const XML = 'http://www.w3.org/XML/1998/namespace';
const HOSTILE = '<script>alert("x")</script> & ]]> \'quoted\' <![CDATA[ a ]]>';

/** Parses strictly: any well-formedness error or warning fails the test. */
function strictDocument(xml: string) {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
}

const item = (overrides: Partial<InboxItem>): InboxItem => ({
  id: '7d0b3c1e-4a1f-4c7e-9a36-0f9e5b2c8d11',
  addressee: { kind: 'member-state', country: 'KE' },
  kind: 'action.published',
  subject: { type: 'action', id: 'id-1' },
  title: { en: 'Reading circles' },
  at: '2026-12-01T09:00:00.000Z',
  public: true,
  reasons: ['country:KE'],
  ...overrides,
});

describe('atomFeed', () => {
  it('escapes hostile text so that it comes back as written, in a well-formed document', () => {
    const xml = atomFeed({
      id: 'https://liaison.example/v1/inboxes/member-state:KE.atom',
      title: `Feed ${HOSTILE}`,
      selfUrl: 'https://liaison.example/v1/inboxes/member-state:KE.atom?a=1&b=2',
      updated: '2026-12-01T09:00:00.000Z',
      language: 'fr',
      entries: [{ id: 'entry-1', title: HOSTILE, titleLang: 'ar', summary: `Résumé ${HOSTILE}`, summaryLang: 'ar', updated: '2026-12-01T09:00:00.000Z', link: 'https://liaison.example/v1/actions/a?x=1&y=<2>', categories: ['action.published'] }],
    });
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain(']]>');
    const document = strictDocument(xml);
    const feedTitle = document.getElementsByTagNameNS(ATOM, 'title')[0]!;
    expect(feedTitle.textContent).toBe(`Feed ${HOSTILE}`);
    const entry = document.getElementsByTagNameNS(ATOM, 'entry')[0]!;
    expect(entry.getAttributeNS(XML, 'lang')).toBe('ar');
    expect(entry.getElementsByTagNameNS(ATOM, 'title')[0]!.textContent).toBe(HOSTILE);
    expect(entry.getElementsByTagNameNS(ATOM, 'summary')[0]!.textContent).toBe(`Résumé ${HOSTILE}`);
    expect(entry.getElementsByTagNameNS(ATOM, 'link')[0]!.getAttribute('href')).toBe('https://liaison.example/v1/actions/a?x=1&y=<2>');
    expect(document.documentElement!.getAttributeNS(XML, 'lang')).toBe('fr');
    // The text elements say they are text, so a reader never renders them as HTML.
    expect(entry.getElementsByTagNameNS(ATOM, 'title')[0]!.getAttribute('type')).toBe('text');
  });

  it('drops characters XML cannot carry (schemas refuse them already)', () => {
    expect(escapeXml('a\u0000b\u0007c\u000Bd\uFFFEe\tf\ng')).toBe('abcde\tf\ng');
    expect(escapeXml('lone \uD800 surrogate, pair \uD83D\uDE00')).toBe('lone  surrogate, pair \uD83D\uDE00');
    expect(() => strictDocument(atomFeed({ id: 'x', title: 'bell\u0007', selfUrl: 'https://l.example/f', updated: '2026-01-01T00:00:00.000Z', entries: [] }))).not.toThrow();
  });

  it('gives UUIDs urn:uuid ids, keeps URIs, and makes tag: URIs of other ids', () => {
    expect(atomId('7D0B3C1E-4A1F-4C7E-9A36-0F9E5B2C8D11')).toBe('urn:uuid:7d0b3c1e-4a1f-4c7e-9a36-0f9e5b2c8d11');
    expect(atomId('https://liaison.example/v1/inboxes/sector:ED.atom')).toBe('https://liaison.example/v1/inboxes/sector:ED.atom');
    expect(atomId('id 1/2')).toBe('tag:ngo-liaison.github.io,2026:id%201%2F2');
  });
});

describe('inboxFeed', () => {
  const items: InboxItem[] = [
    item({ title: { fr: 'Cercles de lecture <b>&</b>', en: 'Reading circles' } }),
    item({ id: 'rec-item-2', kind: 'recommendation.addressed', subject: { type: 'recommendation', id: 'rec-9' }, title: { ar: 'توصية' }, summary: { ar: 'نص التوصية' }, at: '2026-12-02T09:00:00.000Z' }),
    item({ id: 'private-3', public: false, title: { en: 'Not for the feed' }, at: '2026-12-03T09:00:00.000Z' }),
  ];

  it('is an Atom feed of the public items, newest first, that a feed parser reads back as written', () => {
    const xml = inboxFeed({ kind: 'member-state', country: 'KE' }, items, { baseUrl: 'https://liaison.example/', language: 'fr' });
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Liaison: member-state:KE');
    expect(feed.self).toBe('https://liaison.example/v1/inboxes/member-state:KE.atom');
    expect(feed.language).toBe('fr');
    expect(feed.updated?.toISOString()).toBe('2026-12-02T09:00:00.000Z');
    expect(feed.items.map((entry) => [entry.id, entry.title, entry.url, entry.updated?.toISOString()])).toEqual([
      ['tag:ngo-liaison.github.io,2026:rec-item-2', 'توصية', 'https://liaison.example/v1/recommendations/rec-9', '2026-12-02T09:00:00.000Z'],
      ['urn:uuid:7d0b3c1e-4a1f-4c7e-9a36-0f9e5b2c8d11', 'Cercles de lecture <b>&</b>', 'https://liaison.example/v1/actions/id-1', '2026-12-01T09:00:00.000Z'],
    ]);
    expect(feed.items[0]!.categories.map((category) => category.term)).toEqual(['recommendation.addressed']);
    // xml:lang says which language each entry is in (the fallback when the reader’s is missing).
    const entries = strictDocument(xml).getElementsByTagNameNS(ATOM, 'entry');
    expect([0, 1].map((n) => entries[n]!.getAttributeNS(XML, 'lang'))).toEqual(['ar', 'fr']);
    expect(entries[0]!.getElementsByTagNameNS(ATOM, 'summary')[0]!.getAttributeNS(XML, 'lang')).toBe('ar');
  });

  it('is a valid empty feed, updated at the epoch, when nothing is public', () => {
    const xml = inboxFeed({ kind: 'sector', sector: 'ED' }, [items[2]!], { baseUrl: 'https://liaison.example', language: 'en' });
    const feed = parseFeed(xml);
    expect(feed.items).toEqual([]);
    expect(feed.updated?.toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(feed.self).toBe('https://liaison.example/v1/inboxes/sector:ED.atom');
  });
});
