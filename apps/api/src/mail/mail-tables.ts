import type { Generated } from 'kysely';

/**
 * The outbox (migration 0011): one row per message and address, sent one at a time.
 * `dedupe_key` is unique, so enqueueing a message twice (a retried write, a restarted send)
 * keeps the first.
 */
export interface OutboxTable {
  seq: Generated<number>;
  id: string;
  /** core's MailKind */
  kind: string;
  recipient: string;
  dedupe_key: string;
  /** pending | sending | sent | failed | suppressed */
  state: string;
  /** The MailMessage as JSON. */
  message: string;
  attempts: number;
  /** ISO instant: not sent before. */
  next_attempt_at: string;
  /** While `sending`: until when the sender that claimed it holds it (a crashed node's claim expires). */
  claimed_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** Each attempt to hand a message to SMTP (or to write its .eml file), kept for the operator. */
export interface MailDeliveriesTable {
  seq: Generated<number>;
  outbox_id: string;
  attempt: number;
  at: string;
  /** sent | temporary-failure | hard-bounce (5xx to RCPT TO: the address is suppressed) | rejected (5xx to the message) */
  outcome: string;
  /** The server's reply, or where the .eml file was written. */
  detail: string;
}

/** Addresses Liaison no longer mails: a hard bounce or an unsubscribe from every list. */
export interface MailSuppressionsTable {
  address: string;
  /** hard-bounce | unsubscribed | complaint */
  reason: string;
  at: string;
}

/** Settings every node shares (migration 0012), e.g. `link-secret` when LIAISON_SECRET is unset outside production. */
export interface MailSettingsTable {
  key: string;
  value: string;
  created_at: string;
}

/** What each person wants mailed (migration 0012); no row: DEFAULT_MAIL_PREFERENCES. */
export interface MailPreferencesTable {
  person_id: string;
  /** 1: a notice for each new inbox item. */
  notices: number;
  /** off | daily | weekly */
  digest: string;
  language: string;
  /** When the last digest was queued (the next covers what came after). */
  digest_sent_at: string | null;
  updated_at: string;
}

export interface MailTables {
  outbox: OutboxTable;
  mail_deliveries: MailDeliveriesTable;
  mail_suppressions: MailSuppressionsTable;
  mail_settings: MailSettingsTable;
  mail_preferences: MailPreferencesTable;
}
