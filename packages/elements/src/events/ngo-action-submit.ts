import type { SubmittedAction } from '@ngo-liaison/core';

/**
 * <ngo-action-submit>: an action was sent. `submission.state` is `published` (a field office's
 * own action, or the Secretariat's) or `pending` (an NGO's, waiting for the programme's sector).
 * Bubbles and crosses shadow roots. Not cancelable: the server has recorded it.
 */
export class NgoActionSubmitEvent extends Event {
  static readonly eventName = 'ngo-action-submit' as const;

  readonly submission: SubmittedAction;

  constructor(submission: SubmittedAction) {
    super(NgoActionSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.submission = submission;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ngo-action-submit': NgoActionSubmitEvent;
  }
}
