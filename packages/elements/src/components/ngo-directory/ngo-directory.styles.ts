import { css } from 'lit';

export const directoryStyles = css`
  :host {
    display: block;
  }

  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-m);
  }

  /* Focused only programmatically (after Retry) so that focus is not lost to <body>. */
  [part='base']:focus {
    outline: none;
  }

  [part='search'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-2xs);
  }

  [part='search-label'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='search-input'],
  [part='sort'] {
    font: inherit;
    color: var(--_ngo-color-text);
    background: var(--_ngo-color-surface);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-s);
  }

  [part='search-input'] {
    inline-size: 100%;
    max-inline-size: 40rem;
    padding-block: var(--_ngo-space-xs);
    padding-inline: var(--_ngo-space-s);
  }

  [part='sort'] {
    padding-block: var(--_ngo-space-2xs);
    padding-inline: var(--_ngo-space-xs);
  }

  /* Facets beside the results when there is room (container query: the widget's own width). */
  [part='base'] {
    container-type: inline-size;
  }

  [part='layout'] {
    display: grid;
    gap: var(--_ngo-space-l);
  }

  @container (min-width: 44rem) {
    [part='layout'].with-facets {
      grid-template-columns: var(--ngo-directory-facets-size, 15rem) minmax(0, 1fr);
      align-items: start;
    }
  }

  [part='facets'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-m);
  }

  [part='facet'] {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  [part='facet-legend'] {
    padding: 0;
    margin-block-end: var(--_ngo-space-2xs);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='facet-options'],
  [part='chip-list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='facet-option'] {
    display: flex;
    align-items: baseline;
    gap: var(--_ngo-space-xs);
    padding-block: 0.125rem;
    cursor: pointer;
  }

  [part='facet-checkbox'] {
    flex: none;
    margin: 0;
    accent-color: var(--_ngo-color-primary);
  }

  [part='facet-label'] {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  [part='facet-count'] {
    color: var(--_ngo-color-text-muted);
    font-size: var(--_ngo-font-size-s);
    font-variant-numeric: tabular-nums;
    /*
     * A fixed box ("100,000" fits) one label line high: typing changes dozens of counts per
     * keystroke, and each is laid out inside its box instead of re-flowing the option list.
     * (A size-contained box has no text baseline, so it sits at the top of the row.)
     */
    --_ngo-facet-line: calc(var(--_ngo-font-line-height) * var(--_ngo-font-size-m));
    flex: none;
    align-self: flex-start;
    inline-size: 7ch;
    block-size: var(--_ngo-facet-line);
    line-height: var(--_ngo-facet-line);
    text-align: end;
    contain: size layout style;
  }

  [part='facet-more'],
  [part='clear-filters'] {
    padding: 0;
    color: var(--_ngo-color-primary);
    background: none;
    border: 0;
    text-decoration: underline;
  }

  [part='results'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-m);
    min-inline-size: 0;
  }

  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ngo-space-xs) var(--_ngo-space-m);
  }

  [part='status'] {
    flex: 1 1 12rem;
    color: var(--_ngo-color-text-muted);
  }

  [part='exports'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ngo-space-xs);
  }

  [part~='export'] {
    padding-block: var(--_ngo-space-2xs);
    padding-inline: var(--_ngo-space-s);
    color: var(--_ngo-color-primary);
    background: var(--_ngo-color-surface);
    border: 1px solid var(--_ngo-color-primary);
    border-radius: var(--_ngo-radius-s);
  }

  [part='export-error'] {
    flex-basis: 100%;
    margin: 0;
    color: var(--_ngo-color-danger);
  }

  /* Left-out records of a src file: a note, not an error (the valid records are shown). */
  [part='skipped'] {
    margin: 0;
    padding-block: var(--_ngo-space-xs);
    padding-inline: var(--_ngo-space-s);
    border-inline-start: 4px solid var(--_ngo-color-danger);
    overflow-wrap: anywhere;
  }

  [part='chips'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ngo-space-xs);
  }

  [part='chip-list'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ngo-space-xs);
  }

  [part='chip'] {
    display: inline-flex;
    align-items: center;
    /* A facet value can be one long word: the chip wraps it rather than overflow (WCAG 1.4.10). */
    max-inline-size: 100%;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    text-align: start;
    gap: var(--_ngo-space-2xs);
    padding-block: 0.125rem;
    padding-inline: var(--_ngo-space-s) var(--_ngo-space-xs);
    color: var(--_ngo-color-text);
    background: var(--_ngo-color-surface-muted);
    border: 1px solid var(--_ngo-color-primary);
    border-radius: 999px;
  }

  [part='chip-remove'] {
    font-size: 1.1em;
    line-height: 1;
  }

  [part='status'] p {
    margin: 0;
  }

  [part='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ngo-directory-card-min-size, 16rem)), 1fr));
    gap: var(--_ngo-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Each card lays out on its own: typing re-renders every card, and containment keeps the
     browser from re-checking the rest of the page for each one. */
  [part='item'],
  [part='facets'] {
    contain: layout style;
  }

  [part='item'] {
    min-inline-size: 0;
  }

  /* Off-screen cards and facets skip style and layout until scrolled near (they stay in the
     accessibility tree and find-in-page); keystroke-to-render at 10k stays within a frame. */
  [part='item'],
  [part='facet'] {
    content-visibility: auto;
    contain-intrinsic-size: auto 10rem;
  }

  [part='load-more'],
  [part='retry'] {
    align-self: center;
    padding-block: var(--_ngo-space-xs);
    padding-inline: var(--_ngo-space-l);
    color: var(--_ngo-color-on-primary);
    background: var(--_ngo-color-primary);
    border: 1px solid var(--_ngo-color-primary);
    border-radius: var(--_ngo-radius-s);
  }

  [part='load-more']:hover,
  [part='retry']:hover {
    background: var(--_ngo-color-primary-hover);
  }

  [part='load-more'][aria-disabled='true'] {
    cursor: progress;
  }

  [part='error'] {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: var(--_ngo-space-xs);
    padding: var(--_ngo-space-m);
    color: var(--_ngo-color-text);
    background: var(--_ngo-color-danger-surface);
    border-inline-start: 4px solid var(--_ngo-color-danger);
    border-radius: var(--_ngo-radius-s);
  }

  [part='error'] p {
    margin: 0;
  }

  [part='error-title'] {
    color: var(--_ngo-color-danger);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='error'] [part='retry'] {
    align-self: start;
  }

  [part='loading'] {
    margin: 0;
  }

  @media (prefers-reduced-motion: no-preference) {
    [part='loading']::before {
      content: '';
      display: inline-block;
      inline-size: 0.75em;
      block-size: 0.75em;
      margin-inline-end: var(--_ngo-space-xs);
      border: 2px solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: ngo-spin 0.8s linear infinite;
    }
  }

  @keyframes ngo-spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (forced-colors: active) {
    [part='chip'],
    [part~='export'] {
      border-color: ButtonText;
    }
    [part='load-more'],
    [part='retry'] {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    [part='error'] {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
`;
