import type { Hearing } from '@ngo-liaison/core';

/**
 * <ngo-hearing-request>: the NGO asked to be heard (`requested`) or withdrew a request
 * (`withdrawn`); `hearing` is the record as the server returned it. Bubbles and crosses shadow
 * roots. Not cancelable: the server has recorded it.
 */
export class NgoHearingChangeEvent extends Event {
  static readonly eventName = 'ngo-hearing-change' as const;

  readonly change: 'requested' | 'withdrawn';
  readonly hearing: Hearing;

  constructor(change: 'requested' | 'withdrawn', hearing: Hearing) {
    super(NgoHearingChangeEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.change = change;
    this.hearing = hearing;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ngo-hearing-change': NgoHearingChangeEvent;
  }
}
