import { PROBLEM_TYPES, type AuditEntry, type Organization, type OrganizationRevision, type PartnershipDecision, type Problem } from '@ngo-liaison/core';

/** One stored answer to a creation, kept under its credential and Idempotency-Key. */
interface IdempotentAnswer {
  body: string;
  status: number;
  response: unknown;
}

/**
 * The handlers' data once writes change it: organisations with their versions, revisions,
 * decisions and the audit log, in memory. `revision` counts published changes, so read
 * handlers rebuild their search index when it moves (a published change is seen at once,
 * a pending one never).
 */
export class WriteStore {
  readonly organizations = new Map<string, { organization: Organization; version: string }>();
  readonly revisions = new Map<string, OrganizationRevision>();
  readonly decisions = new Map<string, PartnershipDecision[]>();
  /** Oldest first; lists read it newest first. */
  readonly audit: AuditEntry[] = [];
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
