import { css } from 'lit';

export const eventDetailStyles = css`
  :host {
    display: block;
  }

  [part='base'] {
    display: grid;
    /* minmax(0, …) and anywhere: a long title, venue or URL must not widen the column (WCAG 1.4.10). */
    grid-template-columns: minmax(0, 1fr);
    overflow-wrap: anywhere;
    gap: var(--_ngo-space-m);
  }

  header {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_ngo-space-2xs);
  }

  p {
    margin: 0;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ngo-space-xs);
    font-size: var(--_ngo-font-size-s);
  }

  .kind,
  .fictional,
  .status {
    padding-inline: var(--_ngo-space-2xs);
    border-radius: var(--_ngo-radius-s);
    background: var(--_ngo-color-surface-muted);
    font-weight: var(--_ngo-font-weight-bold);
  }

  .status[data-status='cancelled'] {
    background: var(--_ngo-color-danger-surface);
    color: var(--_ngo-color-danger);
  }

  .title {
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
    overflow-wrap: anywhere;
  }

  [data-status='cancelled'] .title {
    text-decoration: line-through;
  }

  dl {
    display: grid;
    gap: var(--_ngo-space-s);
    margin: 0;
  }

  .section {
    display: grid;
    gap: var(--_ngo-space-2xs);
  }

  dt {
    font-size: var(--_ngo-font-size-s);
    font-weight: var(--_ngo-font-weight-bold);
    color: var(--_ngo-color-text-muted);
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .muted {
    color: var(--_ngo-color-text-muted);
  }

  .description {
    white-space: pre-line;
  }

  .plain {
    margin: 0;
    padding-inline-start: var(--_ngo-space-m);
  }

  a {
    color: var(--_ngo-color-primary);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ngo-space-xs) var(--_ngo-space-m);
    align-items: center;
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

  .button:hover {
    background: var(--_ngo-color-primary-hover);
  }

  @media (forced-colors: active) {
    .button {
      border: 1px solid ButtonText;
    }
  }
`;
