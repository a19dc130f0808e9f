import * as z from 'zod/mini';
import { INBOX_ITEM_KINDS, InboxPage, MarkInboxBody } from '../inbox/inbox-item.js';
import type { Operation } from './operations.js';
import { pagingQuery } from './paging-query.js';
import { PATHS } from './paths.js';

export const MarkInboxResult = z.object({ updated: z.int().check(z.gte(0)), unread: z.int().check(z.gte(0)) });
export type MarkInboxResult = z.infer<typeof MarkInboxResult>;

export const inboxOperations = {
  getInbox: {
    method: 'get',
    path: PATHS.getInbox,
    summary: 'What concerns you',
    description:
      "Items delivered to the inboxes the caller reads: its sectors, field offices, Member States, organisations and the Liaison Committee (the Secretariat names any with `addressee`). Newest first, with the caller's read state and unread count.",
    tags: ['inbox'],
    security: 'signed-in',
    query: {
      addressee: { description: 'An addressee key: sector:CLT, field-office:nairobi, member-state:KE, organization:icom, liaison-committee (repeatable).', schema: { type: 'string' } },
      kind: { description: 'An item kind (repeatable).', schema: { type: 'string', enum: [...INBOX_ITEM_KINDS] } },
      unread: { description: 'true: only items the caller has not marked read.', schema: { type: 'boolean' } },
      ...pagingQuery,
    },
    response: InboxPage,
    errors: [400, 401, 403, 429],
  },
  markInbox: {
    method: 'post',
    path: PATHS.markInbox,
    summary: 'Mark inbox items read or unread',
    description: 'For the signed-in person only: each person of a sector keeps their own read state. Items the caller cannot read are ignored.',
    tags: ['inbox'],
    security: 'signed-in',
    requestBody: { schema: MarkInboxBody },
    response: MarkInboxResult,
    errors: [400, 401, 413, 415, 429],
  },
  getInboxFeed: {
    method: 'get',
    path: PATHS.getInboxFeed,
    summary: "An addressee's public items as an Atom feed",
    description: 'Published actions, recommendations and public follow-ups delivered to the addressee, newest first (at most 50), for any feed reader.',
    tags: ['inbox'],
    pathParams: { addressee: z.string() },
    produces: 'application/atom+xml',
    errors: [400, 404],
  },
} as const satisfies Record<string, Operation>;
