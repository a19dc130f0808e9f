import {
  PROBLEM_TYPES,
  type Action,
  type AuditEntry,
  type Consultation,
  type Feedback,
  type InboxItem,
  type Organization,
  type OrganizationRevision,
  type PartnershipDecision,
  type Problem,
  type Recommendation,
  type SubmittedAction,
} from '@ngo-liaison/core';

/** One stored answer to a creation, kept under its credential and Idempotency-Key. */
interface IdempotentAnswer {
  body: string;
  status: number;
  response: unknown;
}

/**
 * The handlers' data once writes change it: organisations with their versions, revisions,
 * decisions and the audit log; action submissions, inbox items and each person's read marks,
 * feedback and recommendations; all in memory. `revision` counts published organisation
 * changes, so read handlers rebuild their search index when it moves (a published change is
 * seen at once, a pending one never).
 */
export class WriteStore {
  readonly organizations = new Map<string, { organization: Organization; version: string }>();
  readonly revisions = new Map<string, OrganizationRevision>();
  readonly decisions = new Map<string, PartnershipDecision[]>();
  /** Oldest first; lists read it newest first. */
  readonly audit: AuditEntry[] = [];
  /** Submitted actions by id (the action's id), whatever their state. */
  readonly submissions = new Map<string, SubmittedAction>();
  /** Every delivered inbox item, oldest first. */
  readonly inboxItems: InboxItem[] = [];
  /** Per person id: the inbox items they marked read (each person of a sector keeps their own). */
  readonly readMarks = new Map<string, Set<string>>();
  readonly feedback = new Map<string, Feedback>();
  readonly recommendations = new Map<string, Recommendation>();
  /** Consultations by id: the recommendation handlers read the published evaluations of an event from here. */
  readonly consultations = new Map<string, Consultation>();
  readonly #answers = new Map<string, IdempotentAnswer>();
  #revision = 0;
  #serial = 0;

  constructor(organizations: readonly Organization[]) {
    for (const organization of organizations) this.organizations.set(organization.id, { organization, version: '1' });
  }

  get revision(): number {
    return this.#revision;
  }

  /** The published organisations, in the order they were given (new ones last). */
  published(): Organization[] {
    return [...this.organizations.values()].map((entry) => entry.organization);
  }

  /** Stores a published version of an organisation: readers see it from the next request. */
  publish(organization: Organization, version: string): void {
    this.organizations.set(organization.id, { organization, version });
    this.#revision++;
  }

  /** The actions published through the write path, newest submission first: the read handlers serve them beside the data set's. */
  publishedActions(): Action[] {
    return [...this.submissions.values()].filter((s) => s.state === 'published').map((s) => s.action).reverse();
  }

  /** What a write delivers to inboxes, kept with what it changed (the API does both in one transaction). */
  deliver(items: readonly InboxItem[]): void {
    this.inboxItems.push(...items);
  }

  /** The ids a person marked read. */
  readBy(personId: string): Set<string> {
    let marks = this.readMarks.get(personId);
    if (!marks) this.readMarks.set(personId, (marks = new Set()));
    return marks;
  }

  /** Ids that sort in creation order, like the server's. */
  newId = (): string => `mock-${String(++this.#serial).padStart(6, '0')}-${globalThis.crypto.randomUUID().slice(0, 8)}`;

  /**
   * The answer already given to this credential's key: the same one for the same body, a 422
   * for another body (the server's rule for Idempotency-Key), undefined for a new key.
   */
  replay(credential: string, key: string | null, body: string): IdempotentAnswer | { problem: Problem } | undefined {
    if (!key) return undefined;
    const stored = this.#answers.get(`${credential}\n${key}`);
    if (!stored) return undefined;
    if (stored.body !== body) {
      return {
        problem: {
          type: PROBLEM_TYPES.idempotencyKeyReused,
          title: 'Idempotency key reused',
          status: 422,
          detail: 'This Idempotency-Key was used within the last 24 hours for another request; send a new key for a new request',
        },
      };
    }
    return stored;
  }

  remember(credential: string, key: string | null, body: string, status: number, response: unknown): void {
    if (key) this.#answers.set(`${credential}\n${key}`, { body, status, response });
  }
}
