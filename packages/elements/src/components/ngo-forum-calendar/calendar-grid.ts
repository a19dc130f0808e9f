import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  pickLocalized,
  type DayEntry,
  type ForumEvent,
  type GridDay,
  type Language,
  type MonthGrid,
  type PlainDate,
} from '@ngo-liaison/core';
import type { LocalizeController } from '../../internal/localize-controller.js';
import type { EventKey } from '../../internal/translation.js';
import type { EventFormatter } from '../ngo-event-card/event-format.js';
import { langAttrs } from '../ngo-event-card/event-summary.js';

/** Lanes drawn per day; the rest are counted in "+N more", which opens the day's list. */
export const MAX_LANES = 3;

export interface GridContext {
  grid: MonthGrid<ForumEvent>;
  formatter: EventFormatter;
  localize: LocalizeController<EventKey>;
  language: Language;
  today: PlainDate;
  focusDate: PlainDate;
  selectedDay: PlainDate | undefined;
  titleId: string;
}

function chip(entry: DayEntry<ForumEvent>, column: number, ctx: GridContext): TemplateResult {
  const { event } = entry;
  const title = pickLocalized(event.title, ctx.language) ?? { text: event.id, lang: ctx.language };
  const attrs = langAttrs(title.lang, ctx.language);
  // Text goes where a bar begins (its first day, or the first column of a week); the rest of
  // a multi-day bar is drawn empty and hidden from screen readers (its title would otherwise
  // join the day's name). The text shown is part of the day's accessible name.
  const head = entry.starts || column === 0;
  const status = event.status === 'cancelled' || event.status === 'postponed' ? ctx.localize.term(`eventStatus.${event.status}`) : '';
  const time = entry.starts && !event.when.allDay ? ctx.formatter.time(Date.parse(event.when.start)) : '';
  return html`<li
    part="chip"
    class="chip"
    data-id=${event.id}
    data-status=${event.status}
    data-kind=${event.kind}
    ?data-starts=${entry.starts}
    ?data-ends=${entry.ends}
    ?data-all-day=${event.when.allDay}
    title=${status ? `${status}: ${title.text}` : title.text}
    data-status-label=${head && status ? status : nothing}
    aria-hidden=${head ? nothing : 'true'}
  >
    ${head
      ? html`${time ? html`<span class="chip-time">${time}</span> ` : nothing}<bdi
            lang=${attrs.lang ?? nothing}
            dir=${attrs.dir ?? nothing}
            >${title.text}</bdi
          >`
      : nothing}
  </li>`;
}

/** "Friday, November 20, 2026, 2 events, Cancelled": the date, the count, and any status shown in words. */
function dayDescription(day: GridDay<ForumEvent>, ctx: GridContext): string {
  const parts = [ctx.formatter.fullDate(day.date)];
  if (day.entries.length) parts.push(ctx.localize.plural('calendar.dayCount', day.entries.length));
  const statuses = new Set(day.lanes.slice(0, MAX_LANES).flatMap((entry) => (entry && (entry.event.status === 'cancelled' || entry.event.status === 'postponed') ? [entry.event.status] : [])));
  for (const status of statuses) parts.push(ctx.localize.term(`eventStatus.${status}`));
  return parts.join(', ');
}

function cell(day: GridDay<ForumEvent>, column: number, ctx: GridContext): TemplateResult {
  const shown = day.lanes.slice(0, MAX_LANES);
  const hidden = day.entries.filter((entry) => entry.lane >= MAX_LANES).length;
  const count = day.entries.length;
  const isToday = day.date === ctx.today;
  // WCAG 2.5.3 Label in Name: the cell is named by what it shows (the day number, the events'
  // times and titles, "+N more"), so a speech user can say what they see; the full date and
  // the count are its description, read after the name.
  const descriptionId = `${ctx.titleId}-${day.date}`;
  return html`<td
    role="gridcell"
    part=${`day${day.inMonth ? '' : ' day-outside'}${isToday ? ' day-today' : ''}${day.date === ctx.selectedDay ? ' day-selected' : ''}`}
    class="day"
    data-date=${day.date}
    ?data-outside=${!day.inMonth}
    tabindex=${day.date === ctx.focusDate ? 0 : -1}
    aria-describedby=${descriptionId}
    aria-current=${isToday ? 'date' : nothing}
    aria-selected=${day.date === ctx.selectedDay ? 'true' : nothing}
  >
    <div class="day-inner">
      <span class="day-number">${ctx.formatter.dayNumber(day.date)}</span>
      ${count
        ? html`<ul class="chips">
            ${shown.map((entry) => (entry ? chip(entry, column, ctx) : html`<li class="chip gap" aria-hidden="true"></li>`))}
            ${hidden ? html`<li part="more" class="more" data-more=${day.date}>${ctx.localize.plural('calendar.more', hidden)}</li>` : nothing}
          </ul>`
        : nothing}
      <span id=${descriptionId} hidden>${dayDescription(day, ctx)}</span>
    </div>
  </td>`;
}

/** The month as an ARIA grid: one row per week, one focusable cell per day (roving tabindex). */
export function monthGridTemplate(ctx: GridContext, weekStart: number): TemplateResult {
  const firstWeek = ctx.grid.weeks[0] ?? [];
  const headers = firstWeek.map((day) => day.date);
  return html`<table part="grid" class="grid" role="grid" aria-labelledby=${ctx.titleId} aria-readonly="true" data-week-start=${weekStart}>
    <thead>
      <tr role="row">
        ${headers.map(
          (date) => html`<th part="weekday" role="columnheader" scope="col" abbr=${ctx.formatter.weekday(date, 'long')}>
            <span aria-hidden="true">${ctx.formatter.weekday(date, 'short')}</span>
            <span class="visually-hidden">${ctx.formatter.weekday(date, 'long')}</span>
          </th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${repeat(
        ctx.grid.weeks,
        (week) => week[0]?.date,
        (week) => html`<tr role="row">${week.map((day, column) => cell(day, column, ctx))}</tr>`,
      )}
    </tbody>
  </table>`;
}

/** Whether `date` is one of the days on screen. */
export function isOnScreen(grid: MonthGrid<ForumEvent>, date: PlainDate): boolean {
  return date >= grid.first && date <= grid.last;
}

