import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  LANGUAGES,
  MarkInboxBody,
  addresseeKey,
  addresseeOfKey,
  addresseesOf,
  decideInboxAddressees,
  inboxFeed,
  invalidRequestProblem,
  isRefusal,
  issuesOf,
  notFoundProblem,
  operations,
  parseInboxQuery,
  safeParse,
  secretariatGrant,
  signedIn,
  type Addressee,
  type InboxItem,
  type Language,
  type MarkInboxResult,
} from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { newestFirst } from './newest-first.js';
import { mswPattern, problemResponse } from './responses.js';
import { principalOr, refused, refusal, signedInWrite, type WorkflowDeps } from './write-adapter.js';

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
        if (refused(addressees)) return refusal(addressees.problem);
        const read = store.readBy(person.personId);
        const filtered = itemsOf(addressees)
          .filter((item) => !query.kinds.length || query.kinds.includes(item.kind))
          .map((item) => ({ ...item, read: read.has(item.id) }));
        const unread = filtered.filter((item) => !item.read);
        const { items, nextCursor } = newestFirst(query.unread ? unread : filtered, (item) => [item.at, item.id], 'inbox', query.limit, query.cursor);
        return HttpResponse.json({ items, nextCursor, unread: unread.length });
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
        // Items of inboxes the caller does not read are ignored: its own, or any for the Secretariat (which names any).
        const own = addresseesOf(person);
        const readable = new Set((secretariatGrant(person) ? store.inboxItems : itemsOf(own)).map((item) => item.id));
        const marks = store.readBy(person.personId);
        let updated = 0;
        for (const id of new Set(parsed.data.items)) {
          if (!readable.has(id) || marks.has(id) === parsed.data.read) continue;
          if (parsed.data.read) marks.add(id);
          else marks.delete(id);
          updated++;
        }
        const mine = itemsOf(own);
        const result: MarkInboxResult = { updated, unread: mine.filter((item) => !marks.has(item.id)).length };
        return HttpResponse.json(result);
      }),
    ),

    http.get(mswPattern(base, operations.getInboxFeed.path), ({ request, params }) =>
      guarded(delay, () => {
        const key = String(params.addressee);
        const url = new URL(request.url);
        const language = feedLanguage(url.searchParams);
        if (language instanceof Response) return language;
        const addressee = addresseeOfKey(key);
        if (!addressee) return problemResponse(invalidRequestProblem([{ path: 'addressee', message: `"${key.slice(0, 80)}" is not an addressee key such as sector:CLT or member-state:KE`, code: 'invalid-value' }]));
        if (!knownAddressee(addressee, deps)) return problemResponse(notFoundProblem(`No addressee "${key}"`));
        const items = newestFirst(itemsOf([addressee]).filter((item) => item.public), (item) => [item.at, item.id], 'feed', FEED_SIZE, undefined).items;
        const baseUrl = url.origin + url.pathname.replace(/\/v1\/.*$/, '');
        return new HttpResponse(inboxFeed(addressee, items, { baseUrl, language }), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
      }),
    ),
  ];
}

/** `?lang=` as the server's document routes read it: one of the six, English when absent, nothing else. */
function feedLanguage(params: URLSearchParams): Language | Response {
  const unknown = [...params.keys()].find((key) => key !== 'lang');
  if (unknown !== undefined) return problemResponse(invalidRequestProblem([{ path: unknown, message: 'unknown query parameter; allowed: lang' }]));
  const lang = params.get('lang') ?? 'en';
  if (!(LANGUAGES as readonly string[]).includes(lang) || params.getAll('lang').length > 1) {
    return problemResponse(invalidRequestProblem([{ path: 'lang', message: `must be one of ${LANGUAGES.join(', ')}` }]));
  }
  return lang as Language;
}

/** A well-formed key naming nobody Liaison knows is a 404, as on the server (sector codes are checked by the key itself). */
function knownAddressee(addressee: Addressee, { coverage, store }: WorkflowDeps): boolean {
  switch (addressee.kind) {
    case 'field-office':
      return coverage.office(addressee.fieldOffice) !== undefined;
    case 'member-state':
      return coverage.country(addressee.country) !== undefined;
    case 'organization':
      return store.organizations.has(addressee.organization);
    default:
      return true;
  }
}
