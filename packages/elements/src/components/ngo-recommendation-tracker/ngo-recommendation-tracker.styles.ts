import { css } from 'lit';

export const trackerStyles = css`
  :host {
    display: block;
  }

  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
    /* A reference, a name or a note can be one long word: break it rather than overflow (WCAG 1.4.10). */
    overflow-wrap: anywhere;
  }

  [part='heading'] {
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='list'],
  [part='addressees'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_ngo-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='recommendation'] article {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
    padding: var(--_ngo-space-s) var(--_ngo-space-m);
    background: var(--_ngo-color-surface);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
  }

  [part='title'],
  [part='addressee-name'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='text'],
  [part='latest'],
  [part='no-follow-up'],
  [part='note'] {
    margin: 0;
  }

  [part='facts'] {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0 var(--_ngo-space-s);
    margin: 0;
  }

  [part='facts'] > div {
    display: contents;
  }

  [part='facts'] dt,
  [part='date'],
  [part='no-follow-up'] {
    color: var(--_ngo-color-text-muted);
  }

  [part='facts'] dd {
    margin: 0;
  }

  [part='addressee'] {
    padding-block-start: var(--_ngo-space-xs);
    border-block-start: 1px solid var(--_ngo-color-border);
  }

  /* The timeline: a line along the inline start, a marker per step. */
  [part='timeline'] {
    margin: var(--_ngo-space-xs) 0 0;
    padding: 0;
    list-style: none;
    border-inline-start: 2px solid var(--_ngo-color-border);
  }

  [part='step'] {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_ngo-space-s);
    padding-block: var(--_ngo-space-2xs);
    padding-inline-start: var(--_ngo-space-m);
  }

  [part='step']::before {
    content: '';
    position: absolute;
    inset-block-start: calc(var(--_ngo-space-2xs) + 0.45em);
    inset-inline-start: -6px;
    inline-size: 10px;
    block-size: 10px;
    border-radius: 50%;
    background: var(--_ngo-color-primary);
  }

  [part='status'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='note'] {
    flex-basis: 100%;
    white-space: pre-line;
  }

  [part='load-more'] {
    align-self: start;
  }

  @media (forced-colors: active) {
    [part='step']::before {
      background: CanvasText;
    }
  }
`;
