/**
 * <ngo-inbox>: the reader marked items read or unread (one item, or "mark all read"), and the
 * server recorded it. Bubbles and crosses shadow roots, so a page can update a badge.
 */
export class NgoInboxReadEvent extends Event {
  static readonly eventName = 'ngo-inbox-read' as const;

  /** The items marked. */
  readonly items: readonly string[];
  readonly read: boolean;

  constructor(items: readonly string[], read: boolean) {
    super(NgoInboxReadEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.items = items;
    this.read = read;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ngo-inbox-read': NgoInboxReadEvent;
  }
}
