import type { Meeting } from '@ngo-liaison/core';

/**
 * <ngo-meetings>: the reader asked for a meeting (`requested`), confirmed, declined, counter-
 * proposed or called one off, or changed its public consent (`public`); `meeting` is the meeting
 * as the server now has it. Bubbles and crosses shadow roots. Not cancelable: the server has recorded it.
 */
export class NgoMeetingChangeEvent extends Event {
  static readonly eventName = 'ngo-meeting-change' as const;

  readonly change: 'requested' | 'confirmed' | 'declined' | 'counter-proposed' | 'called-off' | 'public';
  readonly meeting: Meeting;

  constructor(change: NgoMeetingChangeEvent['change'], meeting: Meeting) {
    super(NgoMeetingChangeEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.change = change;
    this.meeting = meeting;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ngo-meeting-change': NgoMeetingChangeEvent;
  }
}
