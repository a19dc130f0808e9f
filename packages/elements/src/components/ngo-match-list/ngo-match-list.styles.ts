import { css } from 'lit';

export const matchListStyles = css`
  :host {
    display: block;
  }

  [part='base'] {
    container: ngo-match-list / inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-m);
  }

  [part='heading'] {
    margin: 0;
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='weights'] {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) minmax(6rem, 1fr) 2.5rem;
    align-items: center;
    gap: var(--_ngo-space-2xs) var(--_ngo-space-s);
    /* A fieldset is at least as wide as its content by default, which overflows a phone. */
    min-inline-size: 0;
    margin: 0;
    padding: var(--_ngo-space-s) var(--_ngo-space-m);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
  }

  [part='weights'] legend {
    padding-inline: var(--_ngo-space-2xs);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='weights-hint'] {
    grid-column: 1 / -1;
    margin: 0;
    font-size: var(--_ngo-font-size-s);
    color: var(--_ngo-color-text-muted);
  }

  [part='weight'] {
    display: contents;
  }

  [part='slider'] {
    inline-size: 100%;
    accent-color: var(--_ngo-color-primary);
  }

  [part='weight-value'] {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }

  [part='reset'] {
    grid-column: 1 / -1;
    justify-self: start;
  }

  /* Narrow: each criterion's name above its slider, so nothing scrolls sideways at 320 px (WCAG 1.4.10). */
  @container ngo-match-list (inline-size < 30rem) {
    [part='weights'] {
      grid-template-columns: minmax(0, 1fr) 2.5rem;
      padding-inline: var(--_ngo-space-s);
    }

    [part='weights'] label {
      grid-column: 1 / -1;
    }
  }

  [part='list'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='item'] {
    display: grid;
    grid-template-columns: 2.5rem 1fr;
    gap: var(--_ngo-space-2xs) var(--_ngo-space-s);
    padding: var(--_ngo-space-s) var(--_ngo-space-m);
    background: var(--_ngo-color-surface);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
  }

  [part='rank'] {
    grid-row: span 4;
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
    color: var(--_ngo-color-text-muted);
    font-variant-numeric: tabular-nums;
  }

  [part='name'] {
    margin: 0;
    font-weight: var(--_ngo-font-weight-bold);
    overflow-wrap: anywhere;
  }

  [part='score'] {
    margin: 0;
    color: var(--_ngo-color-text-muted);
  }

  [part='criteria'] {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) minmax(4rem, 10rem) 1fr;
    align-items: center;
    gap: 0 var(--_ngo-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_ngo-font-size-s);
  }

  [part='criterion'] {
    display: contents;
  }

  [part='bar'] {
    display: block;
    block-size: 0.5rem;
    background: var(--_ngo-color-surface-muted);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-s);
    overflow: hidden;
  }

  [part='bar-fill'] {
    display: block;
    block-size: 100%;
    inline-size: var(--ngo-fill, 0%);
    background: var(--_ngo-color-primary);
  }

  [part='criterion-value'] {
    color: var(--_ngo-color-text-muted);
  }

  [part='reasons'] {
    margin: 0;
    padding-inline-start: var(--_ngo-space-m);
    font-size: var(--_ngo-font-size-s);
  }

  [part~='reason-negative'] {
    color: var(--_ngo-color-text-muted);
  }

  @media (prefers-reduced-motion: no-preference) {
    [part='bar-fill'] {
      transition: inline-size 150ms ease-out;
    }
  }

  @media (forced-colors: active) {
    [part='bar-fill'] {
      background: Highlight;
    }
  }
`;
