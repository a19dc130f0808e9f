import type { OrganizationRevision } from '@ngo-liaison/core';

/**
 * <ngo-revision-review>: the Secretariat published a pending revision (`decision`
 * `published`) or returned it with a reason (`returned`). Bubbles and crosses shadow roots.
 * Not cancelable: the decision is recorded.
 */
export class NgoRevisionDecideEvent extends Event {
  static readonly eventName = 'ngo-revision-decide' as const;

  readonly decision: 'published' | 'returned';
  /** The revision as it was listed (pending). */
  readonly revision: OrganizationRevision;

  constructor(decision: 'published' | 'returned', revision: OrganizationRevision) {
    super(NgoRevisionDecideEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.decision = decision;
    this.revision = revision;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ngo-revision-decide': NgoRevisionDecideEvent;
  }
}
