import { css } from 'lit';

export const focalPointsStyles = css`
  :host {
    display: block;
  }

  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
    /* A role or a mailbox can be one long word: break it rather than overflow (WCAG 1.4.10). */
    overflow-wrap: anywhere;
  }

  [part='heading'] {
    margin: 0;
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='list'],
  [part='contacts'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='list'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_ngo-space-s);
  }

  [part='item'] {
    padding: var(--_ngo-space-s) var(--_ngo-space-m);
    background: var(--_ngo-color-surface);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
  }

  [part='role'] {
    margin: 0;
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='scope'],
  [part='description'] {
    margin: 0;
    color: var(--_ngo-color-text-muted);
  }

  [part='contact'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ngo-space-xs);
    align-items: baseline;
    overflow-wrap: anywhere;
  }
`;
