import type { Feedback } from '@ngo-liaison/core';

/**
 * <ngo-programme-feedback>: feedback was sent (by the NGO), acknowledged or answered (by the
 * sector). `change` says which; `feedback` is the record as the server returned it. Bubbles and
 * crosses shadow roots. Not cancelable: the server has recorded it.
 */
export class NgoFeedbackChangeEvent extends Event {
  static readonly eventName = 'ngo-feedback-change' as const;

  readonly change: 'sent' | 'acknowledged' | 'answered';
  readonly feedback: Feedback;

  constructor(change: 'sent' | 'acknowledged' | 'answered', feedback: Feedback) {
    super(NgoFeedbackChangeEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.change = change;
    this.feedback = feedback;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ngo-feedback-change': NgoFeedbackChangeEvent;
  }
}
