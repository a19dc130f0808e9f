import type { Language } from '../i18n/languages.js';

/**
 * What Liaison mails. Each kind is composed by core from data (no I/O) and handed to the
 * server's outbox, which sends one message at a time.
 */
export const MAIL_KINDS = [
  /** A one-time link to sign in for the first time (the Secretariat's invitation). */
  'invitation',
  /** Something landed in an inbox the person reads. */
  'inbox-notice',
  /** The person's daily or weekly digest of their inboxes. */
  'inbox-digest',
  /** An invitation to answer a collective consultation. */
  'consultation-invitation',
  /** A confirmed NGO ↔ National Commission meeting, as an iCalendar invitation. */
  'meeting-invitation',
  /** Double opt-in: the link that confirms a newsletter subscription. */
  'newsletter-confirmation',
  /** One issue of the monthly newsletter. */
  'newsletter',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** An iCalendar part (RFC 6047 iMIP): METHOD:REQUEST for an invitation, CANCEL for a withdrawal. */
export interface MailCalendarPart {
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  /** The VCALENDAR text (core's ics writer). */
  ics: string;
}

/**
 * One message for one address. `dedupeKey` is unique in the outbox: enqueueing the same key
 * twice keeps the first, so "one issue once per address" and "one notice per inbox item and
 * person" hold even when a write is retried ("newsletter:2026-11:ana@example.org").
 */
export interface MailMessage {
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
  /** E-mail HTML: tables and inline styles, no remote resources. */
  html?: string;
  calendar?: MailCalendarPart;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post for the newsletter. */
  headers?: Readonly<Record<string, string>>;
  language?: Language;
  dedupeKey: string;
}
