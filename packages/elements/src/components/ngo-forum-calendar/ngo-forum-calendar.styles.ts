import { css } from 'lit';

export const calendarStyles = css`
  :host {
    display: block;
    --_ngo-calendar-event-color: var(--ngo-calendar-event-color, var(--_ngo-color-primary));
    --_ngo-calendar-today-color: var(--ngo-calendar-today-color, var(--_ngo-color-primary));
  }

  .base {
    container: ngo-calendar / inline-size;
    display: grid;
    /* One column no wider than the element: at 320 px nothing may need sideways scrolling (WCAG 1.4.10). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_ngo-space-s);
  }

  p {
    margin: 0;
  }

  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  button {
    border: 1px solid var(--_ngo-color-primary);
    border-radius: var(--_ngo-radius-s);
    background: var(--_ngo-color-primary);
    color: var(--_ngo-color-on-primary);
    padding-block: var(--_ngo-space-2xs);
    padding-inline: var(--_ngo-space-s);
    min-block-size: 2.25rem;
  }

  button.secondary,
  button.icon,
  .views button {
    background: var(--_ngo-color-surface);
    color: var(--_ngo-color-primary);
  }

  button:hover {
    background: var(--_ngo-color-primary-hover);
    color: var(--_ngo-color-on-primary);
  }

  .views button[aria-pressed='true'] {
    background: var(--_ngo-color-primary);
    color: var(--_ngo-color-on-primary);
  }

  .header,
  .nav,
  .filters,
  .views {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ngo-space-xs);
  }

  .header {
    justify-content: space-between;
  }

  /* Not ".title": event summaries (agenda, day panel) use that class for their titles. */
  .month-title {
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
    min-inline-size: 10ch;
    text-align: center;
  }

  .icon {
    min-inline-size: 2.25rem;
    font-size: var(--_ngo-font-size-l);
    line-height: 1;
  }

  .filter {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ngo-space-2xs);
    font-size: var(--_ngo-font-size-s);
    max-inline-size: 100%;
  }

  /* A select is as wide as its longest option ("Meeting with National Commissions") unless allowed to shrink. */
  .filter select {
    min-inline-size: 0;
  }

  select,
  input {
    font: inherit;
    color: var(--_ngo-color-text);
    background: var(--_ngo-color-surface);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-s);
    padding-block: var(--_ngo-space-2xs);
    padding-inline: var(--_ngo-space-xs);
    max-inline-size: 100%;
  }

  .time-zone {
    font-size: var(--_ngo-font-size-s);
    color: var(--_ngo-color-text-muted);
  }

  /* Month grid */
  .grid-wrap {
    overflow-x: auto;
  }

  .grid {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }

  th {
    font-size: var(--_ngo-font-size-s);
    font-weight: var(--_ngo-font-weight-bold);
    color: var(--_ngo-color-text-muted);
    padding-block: var(--_ngo-space-2xs);
  }

  .day {
    vertical-align: top;
    border: 1px solid var(--_ngo-color-border);
    padding: 0;
    cursor: pointer;
  }

  /*
   * A fixed-size, fully contained box per day: a month with hundreds of events re-lays out
   * each day on its own (table cells themselves cannot be contained).
   */
  .day-inner {
    position: relative;
    /* The day number, three lanes and the "+N more" line, whole. */
    block-size: 7.5rem;
    padding: var(--_ngo-space-2xs);
    contain: strict;
    overflow: hidden;
  }

  .day[data-outside] {
    background: var(--_ngo-color-surface-muted);
    color: var(--_ngo-color-text-muted);
  }

  .day:focus-visible {
    outline: 3px solid var(--_ngo-color-focus);
    outline-offset: -3px;
  }

  .day[aria-selected='true'] {
    box-shadow: inset 0 0 0 2px var(--_ngo-color-primary);
  }

  .day-number {
    display: inline-block;
    min-inline-size: 1.75rem;
    text-align: center;
    font-size: var(--_ngo-font-size-s);
    border-radius: 1rem;
  }

  .day[aria-current='date'] .day-number {
    background: var(--_ngo-calendar-today-color);
    color: var(--_ngo-color-on-primary);
    font-weight: var(--_ngo-font-weight-bold);
  }

  /* Block flow, not a grid: a month of 500 events lays out in about half the time. */
  .chips {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .chips > li {
    display: block;
  }

  .chips > li + li {
    margin-block-start: 2px;
  }

  .chip {
    /* Fixed height and contained: a chip's text is laid out without touching its neighbours. */
    contain: strict;
    block-size: 1.35rem;
    font-size: 0.75rem;
    line-height: 1.35rem;
    padding-inline: var(--_ngo-space-2xs);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_ngo-color-text);
    background: color-mix(in srgb, var(--_ngo-calendar-event-color) 14%, var(--_ngo-color-surface));
    border-inline-start: 3px solid var(--_ngo-calendar-event-color);
  }

  /* Multi-day bars: square edges where the event continues. */
  .chip:not([data-starts]) {
    border-inline-start-color: transparent;
    margin-inline-start: calc(-1 * var(--_ngo-space-2xs) - 1px);
  }

  .chip:not([data-ends]) {
    margin-inline-end: calc(-1 * var(--_ngo-space-2xs) - 1px);
  }

  .chip[data-all-day] {
    background: color-mix(in srgb, var(--_ngo-calendar-event-color) 28%, var(--_ngo-color-surface));
  }

  .chip[data-status='cancelled'] {
    text-decoration: line-through;
    color: var(--_ngo-color-text-muted);
    background: var(--_ngo-color-surface-muted);
    border-inline-start-color: var(--_ngo-color-danger);
  }

  .chip[data-status='postponed'] {
    font-style: italic;
    background: var(--_ngo-color-surface);
    outline: 1px dashed var(--_ngo-calendar-event-color);
    outline-offset: -1px;
  }

  .chip.gap {
    background: none;
    border: 0;
  }

  .chip-time {
    font-weight: var(--_ngo-font-weight-bold);
  }

  /*
   * "Cancelled" / "Postponed" in words, not only as a style (the title is struck or dashed).
   * Generated content, which browsers include in the day's accessible name (its text).
   */
  .chip[data-status-label]::before {
    content: attr(data-status-label) ' · ';
    font-weight: var(--_ngo-font-weight-bold);
    font-style: normal;
    display: inline-block;
    text-decoration: none;
    margin-inline-end: 0.25em;
  }

  .more {
    font-size: 0.75rem;
    line-height: 1.25;
    /* One line, even in a narrow day: "+15 mo…" rather than a second line cut off. */
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_ngo-color-primary);
    text-decoration: underline;
  }

  /* Lists: day panel and agenda */
  .day-panel {
    display: grid;
    gap: var(--_ngo-space-xs);
  }

  .day-panel {
    padding: var(--_ngo-space-s);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
  }

  .day-panel-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_ngo-space-xs);
  }

  .day-heading,
  .agenda-date {
    font-weight: var(--_ngo-font-weight-bold);
  }

  /*
   * The agenda: block flow with margins, not grids with gaps. It looks the same, but a grid
   * sizes its track from its items' min- and max-content first: with 500 events, layout
   * after new data took 5.8 ms as nested grids and 3.2 ms as blocks (CDN bench, CDP).
   */
  .agenda > li + li {
    margin-block-start: var(--_ngo-space-m);
  }

  /* Days below the fold are not laid out or painted until scrolled near (busy months). */
  .agenda-day {
    content-visibility: auto;
    contain-intrinsic-size: auto 12rem;
  }

  .agenda-day > * + * {
    margin-block-start: var(--_ngo-space-xs);
  }

  .agenda .events > li + li {
    margin-block-start: var(--_ngo-space-s);
  }

  .agenda .event {
    display: block;
  }

  .agenda .event > * + * {
    margin-block-start: var(--_ngo-space-2xs);
  }

  .agenda-date {
    border-block-end: 1px solid var(--_ngo-color-border);
    padding-block-end: var(--_ngo-space-2xs);
  }

  .day-panel .events {
    display: grid;
    gap: var(--_ngo-space-s);
  }

  .empty {
    color: var(--_ngo-color-text-muted);
  }

  .error {
    display: grid;
    gap: var(--_ngo-space-xs);
    justify-items: start;
    padding: var(--_ngo-space-s);
    border-inline-start: 4px solid var(--_ngo-color-danger);
    background: var(--_ngo-color-danger-surface);
  }

  .subscribe summary {
    cursor: pointer;
    color: var(--_ngo-color-primary);
    font-weight: var(--_ngo-font-weight-bold);
  }

  .subscribe {
    display: grid;
    gap: var(--_ngo-space-xs);
  }

  .subscribe[open] {
    padding-block-end: var(--_ngo-space-s);
  }

  .subscribe > * + * {
    margin-block-start: var(--_ngo-space-xs);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ngo-space-xs) var(--_ngo-space-m);
    align-items: center;
  }

  a {
    color: var(--_ngo-color-primary);
  }

  .button {
    display: inline-block;
    padding-block: var(--_ngo-space-2xs);
    padding-inline: var(--_ngo-space-s);
    border-radius: var(--_ngo-radius-s);
    background: var(--_ngo-color-primary);
    color: var(--_ngo-color-on-primary);
    text-decoration: none;
    font-weight: var(--_ngo-font-weight-bold);
  }

  .feed {
    display: grid;
    gap: var(--_ngo-space-2xs);
    font-size: var(--_ngo-font-size-s);
  }

  .dialog {
    inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
    padding: var(--_ngo-space-m);
    color: var(--_ngo-color-text);
    background: var(--_ngo-color-surface);
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .dialog-head {
    display: flex;
    justify-content: flex-end;
    margin-block-end: var(--_ngo-space-xs);
  }

  /* Narrow containers: smaller cells; the agenda is the default view there. */
  @container ngo-calendar (inline-size < 36rem) {
    .day-inner {
      block-size: 4.5rem;
    }

    .chip {
      font-size: 0;
      block-size: 0.4rem;
    }

    .header {
      justify-content: center;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto;
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .chip {
      border: 1px solid CanvasText;
    }

    .day[aria-current='date'] .day-number {
      outline: 2px solid Highlight;
    }

    .views button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
