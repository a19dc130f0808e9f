import type { OrganizationWriteResult } from '@ngo-liaison/core';

/**
 * <ngo-organization-editor> saved the profile: `result.status` is `published` (the
 * Secretariat's change, live at once, with the new version) or `pending` (an NGO editor's
 * change, waiting for review, with the revision). Bubbles and crosses shadow roots.
 * Not cancelable: the save has happened.
 */
export class NgoSavedEvent extends Event {
  static readonly eventName = 'ngo-saved' as const;

  readonly result: OrganizationWriteResult;

  constructor(result: OrganizationWriteResult) {
    super(NgoSavedEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.result = result;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ngo-saved': NgoSavedEvent;
  }
}
