import * as z from 'zod/mini';
import { AnyLanguageText } from '../schemas/localized-text.js';
import { pageOf } from '../schemas/page.js';
import { Addressee } from './addressee.js';

/**
 * What lands in an inbox. Each kind names the record it is about (`subject`); the item keeps
 * the title the record had when it was delivered, so an inbox and its feed read without
 * fetching every record.
 */
export const INBOX_ITEM_KINDS = [
  /** An action published in the addressee's sector, programmes, countries or office; or the NGO's own, now public. */
  'action.published',
  /** The NGO's own action, waiting for the sector (only its organisation sees this). */
  'action.submitted',
  /** The NGO's own action, returned with a reason. */
  'action.returned',
  /** Feedback from an NGO to the sector (and the field office it names). */
  'feedback.received',
  /** The sector acknowledged the NGO's feedback. */
  'feedback.acknowledged',
  /** The sector answered the NGO's feedback. */
  'feedback.answered',
  /** A recommendation addressed to the addressee. */
  'recommendation.addressed',
  /** An addressee followed up a recommendation (to the Liaison Committee). */
  'recommendation.followed-up',
  /** A collective consultation the addressee is invited to answer. */
  'consultation.opened',
  /** A consultation the addressee was invited to closed; its results are published. */
  'consultation.results-published',
  /** An NGO asked to be heard on an NGP agenda item (to the Liaison Committee). */
  'hearing.requested',
  /** The Secretariat accepted the NGO's hearing request with a time slot. */
  'hearing.accepted',
  /** The Secretariat declined the NGO's hearing request, with a reason. */
  'hearing.declined',
  /** A forum theme was chosen for an event (to those who proposed or supported it). */
  'forum-theme.chosen',
  /** An NGO or a National Commission proposes to meet the addressee. */
  'meeting.proposed',
  /** A meeting the addressee is party to was confirmed. */
  'meeting.confirmed',
  /** A meeting request the addressee is party to was declined. */
  'meeting.declined',
  /** The results of an evaluation of the recommendation's event are published: record the follow-up in their light. */
  'recommendation.evaluation-published',
  /** The other party answered a meeting request with other slots: the addressee's turn to answer. */
  'meeting.counter-proposed',
  /** The other party called off a confirmed meeting. */
  'meeting.called-off',
] as const;
export const InboxItemKind = z.enum(INBOX_ITEM_KINDS);
export type InboxItemKind = z.infer<typeof InboxItemKind>;

export const INBOX_SUBJECT_TYPES = ['action', 'feedback', 'recommendation', 'consultation', 'hearing', 'forum-theme', 'meeting'] as const;

/**
 * Why an item concerns its addressee, one code per ground: "sector:CLT" (the programme's
 * sector), "programme:<id>", "country:KE" (the action took place there), "field-office:nairobi"
 * (listed on the action, or covering one of its countries), "organization:<id>" (its own).
 */
export const InboxReason = z.string().check(z.maxLength(120));

export const InboxItem = z.object({
  id: z.string(),
  addressee: Addressee,
  kind: InboxItemKind,
  subject: z.object({ type: z.enum(INBOX_SUBJECT_TYPES), id: z.string() }),
  /** The subject's title when delivered. */
  title: AnyLanguageText,
  /** A line of context: the return reason, the follow-up status and note, the answer's first words. */
  summary: z.optional(AnyLanguageText),
  /** ISO instant of delivery. */
  at: z.iso.datetime(),
  /** Public items are also in the addressee's Atom feed and visible to anyone; others only to the addressee. */
  public: z.boolean(),
  reasons: z.array(InboxReason),
  /** For the person reading (absent on public feeds): whether they marked it read. */
  read: z.optional(z.boolean()),
});
export type InboxItem = z.infer<typeof InboxItem>;

/** GET /v1/inbox: a page of items, newest first, with the reader's unread count over the same filter. */
export const InboxPage = z.extend(pageOf(InboxItem), { unread: z.int().check(z.gte(0)) });
export type InboxPage = z.infer<typeof InboxPage>;

/** Body of POST /v1/inbox/read: mark items read (or unread again) for the signed-in person. */
export const MarkInboxBody = z.strictObject({
  items: z.array(z.string().check(z.maxLength(100))).check(z.minLength(1, 'needs at least one item'), z.maxLength(200)),
  read: z.boolean(),
});
export type MarkInboxBody = z.infer<typeof MarkInboxBody>;
