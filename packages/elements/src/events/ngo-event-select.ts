import type { ForumEvent } from '@ngo-liaison/core';

/**
 * The user chose an event: clicked it in the calendar or a card, or pressed Enter on it.
 * Cancelable: `preventDefault()` stops `<ngo-forum-calendar>` from opening its own detail
 * view (a site that has event pages navigates instead). Bubbles and crosses shadow roots.
 */
export class NgoEventSelectEvent extends Event {
  static readonly eventName = 'ngo-event-select' as const;

  readonly forumEvent: ForumEvent;

  constructor(forumEvent: ForumEvent) {
    super(NgoEventSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.forumEvent = forumEvent;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ngo-event-select': NgoEventSelectEvent;
  }
}
