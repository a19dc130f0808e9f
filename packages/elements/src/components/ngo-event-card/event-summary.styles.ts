import { css } from 'lit';

/** Styles of eventSummary(), shared by <ngo-event-card> and the lists of <ngo-forum-calendar>. */
export const eventSummaryStyles = css`
  .event {
    display: grid;
    gap: var(--_ngo-space-2xs);
    min-inline-size: 0;
  }

  .event p {
    margin: 0;
  }

  .title {
    all: unset;
    box-sizing: border-box;
    cursor: pointer;
    color: var(--_ngo-color-primary);
    font-weight: var(--_ngo-font-weight-bold);
    font-size: var(--_ngo-font-size-m);
    text-align: start;
    overflow-wrap: anywhere;
    border-radius: var(--_ngo-radius-s);
  }

  .title:hover {
    color: var(--_ngo-color-primary-hover);
    text-decoration: underline;
  }

  .title:focus-visible {
    outline: 2px solid var(--_ngo-color-focus);
    outline-offset: 2px;
  }

  /* Cancelled events stay listed (calendars keep them) but read as cancelled: struck and labelled. */
  .event[data-status='cancelled'] .title {
    text-decoration: line-through;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ngo-space-2xs) var(--_ngo-space-xs);
    font-size: var(--_ngo-font-size-s);
    color: var(--_ngo-color-text-muted);
  }

  .status,
  .fictional {
    padding-inline: var(--_ngo-space-2xs);
    border-radius: var(--_ngo-radius-s);
    background: var(--_ngo-color-surface-muted);
    color: var(--_ngo-color-text);
    font-weight: var(--_ngo-font-weight-bold);
  }

  .status[data-status='cancelled'] {
    background: var(--_ngo-color-danger-surface);
    color: var(--_ngo-color-danger);
  }

  .when,
  .where {
    font-size: var(--_ngo-font-size-s);
    overflow-wrap: anywhere;
  }

  .local {
    color: var(--_ngo-color-text-muted);
  }

  @media (forced-colors: active) {
    .status,
    .fictional {
      border: 1px solid CanvasText;
    }
  }
`;
