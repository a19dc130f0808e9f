import { css } from 'lit';

/** Small pieces several of the programme elements share. */
export const sharedStyles = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  [part~='message'] {
    margin: 0;
    color: var(--_ngo-color-text-muted);
  }

  [part~='badge'] {
    display: inline-block;
    padding-inline: var(--_ngo-space-xs);
    font-size: var(--_ngo-font-size-s);
    color: var(--_ngo-color-text);
    background: var(--_ngo-color-surface-muted);
    border-radius: var(--_ngo-radius-s);
  }

  a {
    color: var(--_ngo-color-primary);
  }

  a:hover {
    color: var(--_ngo-color-primary-hover);
  }

  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_ngo-color-focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    color: var(--_ngo-color-primary);
    background: var(--_ngo-color-surface);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-s);
    padding-block: var(--_ngo-space-2xs);
    padding-inline: var(--_ngo-space-s);
    cursor: pointer;
  }

  @media (forced-colors: active) {
    [part~='badge'] {
      border: 1px solid CanvasText;
    }
  }
`;
