import { pickLocalized } from '../i18n/pick-text.js';
import type { Language } from '../i18n/languages.js';
import { stripControlCharacters } from '../text/control-characters.js';
import { addresseeKey, type Addressee } from './addressee.js';
import type { InboxItem } from './inbox-item.js';

/*
 * Atom (RFC 4287), so that a delegation or a field office follows its inbox in any feed reader.
 * Every text goes through escapeXml: partners' titles and notes are data, never markup.
 */

export interface AtomEntry {
  id: string;
  title: string;
  /** The language the title is written in (xml:lang of the entry). */
  titleLang: string;
  summary?: string | undefined;
  summaryLang?: string | undefined;
  /** ISO instant. */
  updated: string;
  link?: string | undefined;
  categories?: readonly string[] | undefined;
}

export interface AtomFeedInput {
  id: string;
  title: string;
  selfUrl: string;
  alternateUrl?: string | undefined;
  /** ISO instant: the newest entry's. */
  updated: string;
  language?: string | undefined;
  entries: readonly AtomEntry[];
}

/**
 * Beyond the controls stripControlCharacters removes: the noncharacters U+FFFE and U+FFFF and
 * lone surrogates, which XML 1.0 does not allow either (schemas refuse controls already; a feed
 * must never break on one that slipped through).
 */
const NOT_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text and attribute values, escaped (`]]>` included: `>` is escaped everywhere). */
export function escapeXml(text: string): string {
  return stripControlCharacters(text).replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URI = /^[a-z][a-z0-9+.-]*:/i;
/** RFC 4151 tag URIs for ids that are neither UUIDs nor URIs: stable, and never a page to open. */
const TAG_PREFIX = 'tag:ngo-liaison.github.io,2026:';

/** An Atom id: `urn:uuid:` for a UUID, a URI as it is, otherwise a `tag:` URI. */
export function atomId(id: string): string {
  if (UUID.test(id)) return `urn:uuid:${id.toLowerCase()}`;
  if (URI.test(id)) return id;
  return `${TAG_PREFIX}${encodeURIComponent(id)}`;
}

const lang = (value: string | undefined) => (value ? ` xml:lang="${escapeXml(value)}"` : '');

function entryXml(entry: AtomEntry): string {
  return [
    `  <entry${lang(entry.titleLang)}>`,
    `    <id>${escapeXml(atomId(entry.id))}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <updated>${escapeXml(entry.updated)}</updated>`,
    ...(entry.link ? [`    <link rel="alternate" href="${escapeXml(entry.link)}"/>`] : []),
    ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
    ...(entry.summary ? [`    <summary type="text"${lang(entry.summaryLang)}>${escapeXml(entry.summary)}</summary>`] : []),
    '  </entry>',
  ].join('\n');
}

/** An Atom feed document. */
export function atomFeed(feed: AtomFeedInput): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${lang(feed.language)}>`,
    `  <id>${escapeXml(atomId(feed.id))}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <updated>${escapeXml(feed.updated)}</updated>`,
    // Atom wants an author on the feed or on every entry: the platform publishes the feed.
    '  <author><name>Liaison</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    ...(feed.alternateUrl ? [`  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`] : []),
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}

const EPOCH = '1970-01-01T00:00:00.000Z';

/** Where an item's subject reads publicly (feedback has no public page). */
function subjectUrl(item: InboxItem, baseUrl: string): string | undefined {
  const id = encodeURIComponent(item.subject.id);
  if (item.subject.type === 'action') return `${baseUrl}/v1/actions/${id}`;
  if (item.subject.type === 'recommendation') return `${baseUrl}/v1/recommendations/${id}`;
  return undefined;
}

/**
 * The public Atom feed of an addressee's inbox (`GET /v1/inboxes/{key}.atom`): its public items
 * only, newest first, each title and summary in `language` when it exists, else the fallback
 * language, tagged with the language actually shown.
 */
export function inboxFeed(addressee: Addressee, items: readonly InboxItem[], options: { baseUrl: string; language: Language }): string {
  const base = options.baseUrl.replace(/\/+$/, '');
  const key = addresseeKey(addressee);
  const visible = items.filter((item) => item.public).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  // Keys are checked codes ("sector:CLT"): a colon is a valid path character, kept as written.
  const url = `${base}/v1/inboxes/${key}.atom`;
  return atomFeed({
    id: url,
    title: `Liaison: ${key}`,
    selfUrl: url,
    updated: visible[0]?.at ?? EPOCH,
    language: options.language,
    entries: visible.map((item) => {
      const title = pickLocalized(item.title, options.language);
      const summary = pickLocalized(item.summary, options.language);
      return {
        id: item.id,
        title: title?.text ?? '',
        titleLang: title?.lang ?? options.language,
        summary: summary?.text,
        summaryLang: summary?.lang,
        updated: item.at,
        link: subjectUrl(item, base),
        categories: [item.kind],
      };
    }),
  });
}
