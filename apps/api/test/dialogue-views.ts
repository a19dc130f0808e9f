import { parseFeed } from '@rowanmanning/feed-parser';
import { expect } from 'vitest';
import type { Answer, SendOptions } from './write-requests.js';

type Send = (method: string, path: string, options?: SendOptions) => Promise<Answer>;

/** Every action of GET /v1/actions with `query`, across pages. */
export async function allActions(send: Send, query = ''): Promise<{ id: string }[]> {
  const seen: { id: string }[] = [];
  let cursor: string | null = null;
  do {
    const answer = await send('GET', `/v1/actions?limit=100${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    seen.push(...(answer.body.items as { id: string }[]));
    cursor = answer.body.nextCursor as string | null;
  } while (cursor);
  return seen;
}

/** An addressee's public Atom feed, read back by a real feed parser (it throws on a document that is not a feed). */
export async function readFeed(send: Send, key: string, lang?: string) {
  const answer = await send('GET', `/v1/inboxes/${key}.atom${lang ? `?lang=${lang}` : ''}`);
  expect(answer.status, `${key}: ${String(answer.body)}`).toBe(200);
  expect(answer.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  const xml = answer.body as string;
  return { xml, feed: parseFeed(xml), etag: answer.headers.get('etag') };
}

/** The subjects of the items of one inbox, as the Secretariat reads it (it may name any addressee). */
export async function inboxSubjects(send: Send, secretariat: string, key: string): Promise<string[]> {
  const answer = await send('GET', `/v1/inbox?addressee=${encodeURIComponent(key)}&limit=100`, { token: secretariat });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body.items as { subject: { id: string } }[]).map((item) => item.subject.id);
}

/** How many of an organisation's actions the matching counts in a programme (its track record there). */
export async function trackRecordInProgramme(send: Send, organization: string, programme: string): Promise<number> {
  const answer = await send('GET', `/v1/organizations/${organization}/matches?limit=100`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  const entry = JSON.stringify((answer.body.items as { programme: { id: string } | string }[]).find((item) => JSON.stringify(item).includes(`"${programme}"`)));
  const count = /"track-record\.programme"[^}]*?"count":(\d+)/.exec(entry ?? '')?.[1];
  return count === undefined ? 0 : Number(count);
}
