import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AgendaDay, ForumEvent, PlainDate } from '@ngo-liaison/core';
import type { LocalizeController } from '../../internal/localize-controller.js';
import type { EventKey } from '../../internal/translation.js';
import type { EventFormatter } from '../ngo-event-card/event-format.js';
import { eventSummary, type SummaryContext } from '../ngo-event-card/event-summary.js';

/** The agenda (list) view: days that have events, each with its events in start order. */
export function agendaTemplate(days: AgendaDay<ForumEvent>[], summary: SummaryContext, dayHeadingLevel: number): TemplateResult {
  const { formatter, localize } = summary;
  if (!days.length) return html`<p part="empty" class="empty">${localize.term('calendar.noEvents')}</p>`;
  // Tags close on the next line, as in eventSummary(): no indentation text nodes in a long list.
  return html`<ol part="agenda" class="agenda plain"
    >${repeat(
      days,
      (day) => day.date,
      (day) =>
        html`<li part="agenda-day" class="agenda-day"
          ><div part="agenda-date" role="heading" aria-level=${dayHeadingLevel} class="agenda-date"
            ><time datetime=${day.date}>${formatter.fullDate(day.date)}</time></div
          ><ul class="plain events"
            >${day.entries.map((entry) => html`<li part="agenda-item" class="agenda-item">${eventSummary(entry.event, summary)}</li>`)}</ul
          ></li
        >`,
    )}</ol
  >`;
}

export interface DayPanelContext {
  date: PlainDate;
  events: ForumEvent[];
  formatter: EventFormatter;
  localize: LocalizeController<EventKey>;
  headingId: string;
  headingLevel: number;
  onClose: () => void;
}

/** The events of the day chosen in the month grid (Enter on a day, or "+N more"). */
export function dayPanelTemplate(ctx: DayPanelContext, summary: SummaryContext): TemplateResult {
  return html`<section part="day-panel" class="day-panel" aria-labelledby=${ctx.headingId}>
    <div class="day-panel-head">
      <div id=${ctx.headingId} part="day-heading" role="heading" aria-level=${ctx.headingLevel} tabindex="-1" class="day-heading">
        ${ctx.localize.term('calendar.dayHeading', { date: ctx.formatter.fullDate(ctx.date) })}
      </div>
      <button part="day-close" type="button" class="secondary" @click=${ctx.onClose}>${ctx.localize.term('event.close')}</button>
    </div>
    ${ctx.events.length
      ? html`<ul class="plain events">
          ${ctx.events.map((event) => html`<li part="agenda-item" class="agenda-item">${eventSummary(event, summary)}</li>`)}
        </ul>`
      : html`<p class="empty">${ctx.localize.term('calendar.noEventsDay')}</p>`}
  </section>`;
}

