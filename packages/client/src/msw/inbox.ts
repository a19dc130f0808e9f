import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  MarkInboxBody,
  addresseeKey,
  addresseeOfKey,
  decideInboxAddressees,
  inboxFeed,
  invalidRequestProblem,
  isRefusal,
  issuesOf,
  operations,
  parseInboxQuery,
  safeParse,
  signedIn,
  type Addressee,
  type InboxItem,
  type MarkInboxResult,
} from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { newestFirst } from './newest-first.js';
import { mswPattern, problemResponse } from './responses.js';
import { principalOr, refusal, signedInWrite, type WorkflowDeps } from './write-adapter.js';

/** How many items a public feed carries, newest first (the API's number). */
const FEED_SIZE = 50;

/** Inboxes with each person's read marks, and the public Atom feed of each addressee. */
export function inboxHandlers(base: string, deps: WorkflowDeps, delay: number): RequestHandler[] {
  const { store } = deps;
  const itemsOf = (addressees: readonly Addressee[]): InboxItem[] => {
    const keys = new Set(addressees.map(addresseeKey));
    return store.inboxItems.filter((item) => keys.has(addresseeKey(item.addressee)));
  };

  return [
    http.get(mswPattern(base, operations.getInbox.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const person = signedIn(principal);
        if (isRefusal(person)) return refusal(person.problem);
        const query = parseInboxQuery(new URL(request.url).searchParams);
        const addressees = decideInboxAddressees(principal, query.addressees);
        if (isRefusal(addressees)) return refusal(addressees.problem);
        const read = store.readBy(person.personId);
        const filtered = itemsOf(addressees)
          .filter((item) => !query.kinds.length || query.kinds.includes(item.kind))
          .map((item) => ({ ...item, read: read.has(item.id) }));
        const unread = filtered.filter((item) => !item.read);
        const page = newestFirst(query.unread ? unread : filtered, (item) => [item.at, item.id], 'inbox', query.limit, query.cursor);
        return HttpResponse.json({ ...page, unread: unread.length });
      }),
    ),

    http.post(mswPattern(base, operations.markInbox.path), ({ request }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const { principal, body } = write;
        const parsed = safeParse(MarkInboxBody, body.value);
        if (!parsed.success) return problemResponse(invalidRequestProblem(issuesOf(parsed.error)));
        const person = signedIn(principal);
        if (isRefusal(person)) return refusal(person.problem);
        // Items of inboxes the caller may not read are ignored (core's rule: its own, or any for the Secretariat).
        const readable = (item: InboxItem) => !isRefusal(decideInboxAddressees(principal, [addresseeKey(item.addressee)]));
        const named = new Set(parsed.data.items);
        const marks = store.readBy(person.personId);
        let updated = 0;
        for (const item of store.inboxItems) {
          if (!named.has(item.id) || !readable(item) || marks.has(item.id) === parsed.data.read) continue;
          if (parsed.data.read) marks.add(item.id);
          else marks.delete(item.id);
          updated++;
        }
        // The unread count of the caller's own inboxes (the Secretariat, which has none of its own: of those it marked in).
        const own = decideInboxAddressees(principal, []);
        const counted = isRefusal(own) ? store.inboxItems.filter((item) => named.has(item.id)).map((item) => item.addressee) : own;
        const mine = itemsOf(counted);
        const result: MarkInboxResult = { updated, unread: mine.filter((item) => !marks.has(item.id)).length };
        return HttpResponse.json(result);
      }),
    ),

    http.get(mswPattern(base, operations.getInboxFeed.path), ({ request, params }) =>
      guarded(delay, () => {
        const key = String(params.addressee);
        const addressee = addresseeOfKey(key);
        if (!addressee) return problemResponse(invalidRequestProblem([{ path: 'addressee', message: `not an addressee key: "${key.slice(0, 80)}"`, code: 'invalid-format' }]));
        const items = newestFirst(itemsOf([addressee]).filter((item) => item.public), (item) => [item.at, item.id], 'feed', FEED_SIZE, undefined).items;
        const baseUrl = new URL(request.url).origin + new URL(request.url).pathname.replace(/\/v1\/.*$/, '');
        const xml = inboxFeed(addressee, items, { baseUrl, language: 'en' });
        return new HttpResponse(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
      }),
    ),
  ];
}
