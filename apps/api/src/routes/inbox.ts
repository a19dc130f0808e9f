import type { Hono } from 'hono';
import {
  MarkInboxBody,
  addresseeKey,
  addresseesOf,
  decideInboxAddressees,
  invalidRequestProblem,
  issuesOf,
  operations,
  parseInboxQuery,
  safeParse,
  secretariatGrant,
} from '@ngo-liaison/core';
import { principalOf } from '../access/principal-of.js';
import { problemResponse } from '../http/problem-response.js';
import { routePath } from '../http/route-path.js';
import { signedInWrite } from '../http/signed-in-write.js';
import { limitWriteBody } from '../http/write-body.js';
import { anonymousRefusal, refusalResponse, writeAnswer } from '../http/write-response.js';
import type { Storage } from '../storage/storage.js';
import { inboxFeedRoute } from './inbox-feed.js';

/**
 * Inboxes: what concerns each addressee, read by the people who answer for it (each with their
 * own read marks), and what is public in one as an Atom feed (inbox-feed.ts). Items are written
 * by the writes that deliver them, in their transactions; here they are only read and marked.
 */
export function inboxRoutes(app: Hono, storage: Storage, { publicUrl }: { publicUrl?: string | undefined } = {}): void {
  app.get(routePath(operations.getInbox.path), async (c) => {
    const principal = principalOf(c);
    const anonymous = anonymousRefusal(c, principal);
    if (anonymous) return anonymous;
    const query = parseInboxQuery(new URL(c.req.url).searchParams);
    const addressees = decideInboxAddressees(principal, query.addressees);
    if (!Array.isArray(addressees)) return refusalResponse(c, addressees);
    const page = await storage.inbox.page({
      personId: principal.kind === 'person' ? principal.personId : '',
      addressees: addressees.map(addresseeKey),
      kinds: query.kinds,
      unread: query.unread,
      limit: query.limit,
      cursor: query.cursor,
    });
    c.header('cache-control', 'private, no-store');
    return c.json(page);
  });

  app.post(routePath(operations.markInbox.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const { person, body } = write;
    const parsed = safeParse(MarkInboxBody, body.value);
    if (!parsed.success) return problemResponse(c, invalidRequestProblem(issuesOf(parsed.error)));
    const own = addresseesOf(person).map(addresseeKey);
    // The Secretariat reads any inbox it names, so it may mark any item; others only their inboxes' items.
    const updated = await storage.inbox.mark(person.personId, parsed.data.items, parsed.data.read, secretariatGrant(person) ? 'all' : own);
    return writeAnswer(c, { updated, unread: await storage.inbox.unread(person.personId, own) }, 200);
  });

  inboxFeedRoute(app, storage, { publicUrl });
}
