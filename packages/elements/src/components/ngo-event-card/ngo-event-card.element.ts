import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ForumEvent } from '@ngo-liaison/core';
import { NgoEventSelectEvent } from '../../events/ngo-event-select.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { enEvents } from '../../translations/en/events.js';
import { loadEveryArea } from '../../translations/load-every-area.js';
import { ReferenceController } from '../../internal/reference-controller.js';
import { tokens } from '../../styles/tokens.styles.js';
import { EventFormatter, localeFor, resolveTimeZone } from './event-format.js';
import { eventSummary } from './event-summary.js';
import { eventCardStyles } from './ngo-event-card.styles.js';
import { eventSummaryStyles } from './event-summary.styles.js';

/**
 * @summary One event of the NGO–UNESCO dialogue in brief: title, type, status (cancelled and
 * postponed events say so in words, not only colour), date and time in the viewer's zone
 * with the event's own local time beside it when the clocks differ, and the place.
 *
 * @tagname ngo-event-card
 *
 * @event {NgoEventSelectEvent} ngo-event-select - The user activated the title. `event.forumEvent` is the event.
 *
 * @csspart base - The card's box.
 * @csspart event - The summary (`<article>`).
 * @csspart event-heading - The heading around the title.
 * @csspart event-title - The title (a button).
 * @csspart event-meta - Type, status and the fictional-data label.
 * @csspart event-kind - The type of event.
 * @csspart event-status - "Cancelled" / "Postponed".
 * @csspart event-fictional - The label on demo data.
 * @csspart event-when - Date and time.
 * @csspart event-local-time - The time where the event takes place, when it differs.
 * @csspart event-where - Venue, city, country; "Online".
 *
 * @cssprop --ngo-color-primary - Title colour.
 * @cssprop --ngo-color-border - Card border.
 * @cssprop --ngo-color-surface - Card background.
 * @cssprop --ngo-color-danger - "Cancelled" label.
 * @cssprop --ngo-space-m - Card padding.
 */
export class NgoEventCard extends LiaisonElement {
  static override styles = [tokens, eventSummaryStyles, eventCardStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LiaisonElement.shadowRootOptions, delegatesFocus: true };

  /** The event to show (property only). */
  @property({ attribute: false }) event?: ForumEvent;

  /** IANA zone to show times in (default: the viewer's). The event's own zone is shown beside it when it differs. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Level of the title's heading (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  protected readonly localize = new LocalizeController(this, [enEvents], loadEveryArea);
  readonly #reference = new ReferenceController(this);

  override render(): TemplateResult {
    const event = this.event;
    if (!event) return html``;
    const language = this.language;
    const locale = localeFor(this, language);
    return html`<div part="base" lang=${language} dir=${this.direction}>
      ${eventSummary(event, {
        language,
        formatter: new EventFormatter(locale, resolveTimeZone(this.timeZone)),
        localize: this.localize,
        countryName: (code) => this.#reference.countryName(code, language),
        headingLevel: this.headingLevel,
        onSelect: (selected) => this.emit(new NgoEventSelectEvent(selected)),
      })}
    </div>`;
  }
}
