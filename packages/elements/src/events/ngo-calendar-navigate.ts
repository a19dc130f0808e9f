/**
 * The user moved the calendar to another month (previous/next/today buttons, PageUp/PageDown,
 * or arrow keys past the edge of the grid). Not fired when the host sets `month`.
 * Bubbles and crosses shadow roots. Not cancelable: the month is already shown.
 */
export class NgoCalendarNavigateEvent extends Event {
  static readonly eventName = 'ngo-calendar-navigate' as const;

  /** The month now shown, `YYYY-MM`. */
  readonly month: string;
  /** First and last day on screen (whole weeks), `YYYY-MM-DD`. */
  readonly first: string;
  readonly last: string;

  constructor(month: string, first: string, last: string) {
    super(NgoCalendarNavigateEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.month = month;
    this.first = first;
    this.last = last;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ngo-calendar-navigate': NgoCalendarNavigateEvent;
  }
}
