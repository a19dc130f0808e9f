import { css } from 'lit';

export const eventCardStyles = css`
  :host {
    display: block;
  }

  [part='base'] {
    padding: var(--_ngo-space-m);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
    background: var(--_ngo-color-surface);
  }
`;
