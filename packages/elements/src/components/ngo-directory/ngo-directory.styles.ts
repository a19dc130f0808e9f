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

  [part='status'] {
    color: var(--_ngo-color-text-muted);
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

  [part='item'] {
    min-inline-size: 0;
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
