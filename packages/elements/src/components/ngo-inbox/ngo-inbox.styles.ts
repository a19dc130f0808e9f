import { css } from 'lit';

export const inboxStyles = css`
  :host {
    display: block;
  }

  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
    /* A title or a code can be one long word: break it rather than overflow (WCAG 1.4.10). */
    overflow-wrap: anywhere;
  }

  [part='heading'] {
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='unread-count'],
  [part='meta'],
  [part='summary'],
  [part='addressee'],
  [part='reasons'] {
    margin: 0;
  }

  [part='filters'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_ngo-space-s);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  [part='filters'] label {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-2xs);
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  [part~='unread-filter'] {
    flex-direction: row !important;
    align-items: center;
  }

  select {
    font: inherit;
    max-inline-size: 100%;
    padding-block: var(--_ngo-space-2xs);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-s);
    background: var(--_ngo-color-surface);
    color: var(--_ngo-color-text);
  }

  select:focus-visible {
    outline: 2px solid var(--_ngo-color-focus);
    outline-offset: 2px;
  }

  [part='list'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_ngo-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='item'] article {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: var(--_ngo-space-2xs);
    padding: var(--_ngo-space-s) var(--_ngo-space-m);
    background: var(--_ngo-color-surface);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
  }

  [part='item'][data-read='false'] article {
    border-inline-start: 4px solid var(--_ngo-color-primary);
  }

  [part='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_ngo-space-s);
    color: var(--_ngo-color-text-muted);
  }

  [part='kind'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='title'] {
    display: flex;
    align-items: baseline;
    gap: var(--_ngo-space-xs);
    max-inline-size: 100%;
  }

  [part='item'][data-read='false'] [part='title'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='unread-mark'] {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: var(--_ngo-color-primary);
  }

  [part='summary'] {
    white-space: pre-line;
  }

  [part='reasons'],
  [part='addressee'] {
    color: var(--_ngo-color-text-muted);
  }

  [part='feeds'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ngo-space-2xs) var(--_ngo-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='load-more'] {
    align-self: start;
  }

  @media (forced-colors: active) {
    [part='unread-mark'] {
      background: CanvasText;
    }

    [part='item'][data-read='false'] article {
      border-inline-start-color: CanvasText;
    }
  }
`;
