import type { Organization } from '@ngo-liaison/core';

/**
 * The user chose an organisation (clicked its card, or pressed Enter or Space on its name).
 * Bubbles and crosses shadow roots, so a page can listen on `document`.
 * Not cancelable: the element has no default action to prevent.
 */
export class NgoOrganizationSelectEvent extends Event {
  static readonly eventName = 'ngo-organization-select' as const;

  readonly organization: Organization;

  constructor(organization: Organization) {
    super(NgoOrganizationSelectEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.organization = organization;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ngo-organization-select': NgoOrganizationSelectEvent;
  }
}
