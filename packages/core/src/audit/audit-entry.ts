import * as z from 'zod/mini';
import { Actor } from '../organization-writes/organization-revision.js';

/**
 * One accepted write, appended in the same transaction as the write itself: who (person and
 * the role they acted in), what (action and record), when, and the record before and after.
 * Erasing a contact's personal data rewrites the copies here too and appends an entry saying so.
 */
export const AUDIT_ACTIONS = [
  'organization.create',
  'organization.update',
  'revision.submit',
  'revision.publish',
  'revision.return',
  'decision.record',
  'contact.erase',
  'invitation.create',
  'invitation.accept',
  'token.create',
  'token.revoke',
  'person.roles',
  'action.submit',
  'action.publish',
  'action.return',
  'feedback.send',
  'feedback.acknowledge',
  'feedback.answer',
  'recommendation.record',
  'recommendation.follow-up',
  'mail-preferences.set',
  'hearing.request',
  'hearing.accept',
  'hearing.decline',
  'hearing.withdraw',
  'newsletter.draft',
  'newsletter.send',
  'consultation.create',
  'consultation.respond',
  'consultation.publish',
  'meeting.request',
  'meeting.confirm',
  'meeting.decline',
  'meeting.public',
  'meeting.call-off',
  'calendar-feed.create',
  'calendar-feed.revoke',
  'forum-theme.propose',
  'forum-theme.support',
  'forum-theme.withdraw-support',
  'forum-theme.choose',
  'forum-phase.register',
  'forum-phase.withdraw',
  'meeting.counter-propose',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditEntry = z.object({
  id: z.string(),
  /** ISO instant. */
  at: z.iso.datetime(),
  actor: Actor,
  /** The grant the action was allowed by (roleKey: "secretariat", "ngo-editor:icom"). */
  role: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  entity: z.object({ type: z.string(), id: z.string() }),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
  note: z.optional(z.string()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
