import type { ConsultationResponse } from '@ngo-liaison/core';

/**
 * <ngo-consultation>: the respondent's answers were saved (a first response or a change of it);
 * `response` is the record as the server returned it. Bubbles and crosses shadow roots. Not
 * cancelable: the server has recorded it.
 */
export class NgoConsultationRespondEvent extends Event {
  static readonly eventName = 'ngo-consultation-respond' as const;

  readonly response: ConsultationResponse;

  constructor(response: ConsultationResponse) {
    super(NgoConsultationRespondEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.response = response;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ngo-consultation-respond': NgoConsultationRespondEvent;
  }
}
