/**
 * The newsletter (migration 0013). Issues are stored per month and language as composed JSON;
 * the draft is the Secretariat's choice of items and introductions; subscribers go
 * pending → confirmed → unsubscribed. What was sent to whom is the outbox's (dedupe key
 * `newsletter:<month>:<address>`); `newsletter_sends` records each send of a month.
 */
export interface NewsletterIssuesTable {
  month: string;
  language: string;
  /** core's NewsletterIssue as JSON. */
  data: string;
  composed_at: string;
  sent_at: string | null;
}

export interface NewsletterDraftsTable {
  month: string;
  /** { items, introduction } as JSON. */
  data: string;
  updated_at: string;
}

export interface NewsletterSubscribersTable {
  /** Lower case. */
  address: string;
  language: string;
  /** JSON array of topics. */
  topics: string;
  /** pending | confirmed | unsubscribed */
  state: string;
  created_at: string;
  confirmed_at: string | null;
  updated_at: string;
}

export interface NewsletterSendsTable {
  month: string;
  sent_at: string;
  recipients: number;
}

export interface NewsletterTables {
  newsletter_issues: NewsletterIssuesTable;
  newsletter_drafts: NewsletterDraftsTable;
  newsletter_subscribers: NewsletterSubscribersTable;
  newsletter_sends: NewsletterSendsTable;
}
