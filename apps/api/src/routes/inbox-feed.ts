import type { Context, Hono } from 'hono';
import { SECTOR_CODES, addresseeKey, addresseeOfKey, inboxFeed, invalidRequestProblem, notFoundProblem, operations, type Addressee } from '@ngo-liaison/core';
import { respondWithEtag } from '../http/conditional-get.js';
import { problemResponse } from '../http/problem-response.js';
import { readLanguage } from '../http/read-language.js';
import { revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

export const ATOM_MEDIA_TYPE = 'application/atom+xml; charset=utf-8';

/** Hono's path for `{addressee}.atom`: the key (it holds a colon) followed by the extension. */
const FEED_PATH = routePath(operations.getInboxFeed.path).replace(':addressee.atom', ':file{[^/]+\\.atom}');

/**
 * The addressee a feed key names, or the problem: 400 for a key that is not an addressee key
 * at all, 404 for a well-formed one naming nobody Liaison knows (a sector, office, country or
 * organisation that does not exist).
 */
async function feedAddressee(c: Context, storage: Storage, key: string): Promise<Addressee | Response> {
  const addressee = addresseeOfKey(key);
  const unknown = () => problemResponse(c, notFoundProblem(`No addressee "${key}"`));
  // Sector codes are an enumeration, so an unknown one does not parse; its shape is still a sector's.
  if (!addressee) return /^sector:[A-Z]{2,5}$/.test(key) ? unknown() : problemResponse(c, invalidRequestProblem([{ path: 'addressee', message: `"${key}" is not an addressee key such as sector:CLT, field-office:nairobi, member-state:KE, organization:icom or liaison-committee`, code: 'invalid-value' }]));
  const { coverage } = storage.fieldOffices;
  const known =
    addressee.kind === 'sector'
      ? (SECTOR_CODES as readonly string[]).includes(addressee.sector)
      : addressee.kind === 'field-office'
        ? coverage.office(addressee.fieldOffice) !== undefined
        : addressee.kind === 'member-state'
          ? coverage.country(addressee.country) !== undefined
          : addressee.kind === 'organization'
            ? (await storage.organizations.get(addressee.organization)) !== undefined
            : true;
  return known ? addressee : unknown();
}

/**
 * `GET /v1/inboxes/{addressee}.atom`: what is public in an inbox (published actions,
 * recommendations, public follow-ups), newest 50, for any feed reader. Public like every read
 * (CORS `*`); items never change once delivered, so the ids of the items shown name the
 * feed's state: the ETag is known before rendering and a feed reader's poll costs one query.
 */
export function inboxFeedRoute(app: Hono, storage: Storage, { publicUrl }: { publicUrl?: string | undefined } = {}): void {
  app.get(FEED_PATH, async (c) => {
    const key = (c.req.param('file') ?? '').replace(/\.atom$/, '');
    const language = readLanguage(c);
    if (language instanceof Response) return language;
    const addressee = await feedAddressee(c, storage, key);
    if (addressee instanceof Response) return addressee;
    const items = await storage.inbox.publicItems(addresseeKey(addressee));
    const baseUrl = publicUrl ?? new URL(c.req.url).origin;
    const tag = revisionEtag(items.map((item) => item.id).join(','), 'inbox-feed', `${addresseeKey(addressee)}\n${language}\n${baseUrl}`);
    return respondWithEtag(c, tag, () => c.body(inboxFeed(addressee, items, { baseUrl, language }), 200, { 'content-type': ATOM_MEDIA_TYPE }));
  });
}
