import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
  }

  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
    block-size: 100%;
    padding: var(--_ngo-space-m);
    background: var(--_ngo-color-surface);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
    cursor: pointer;
  }

  [part='heading'] {
    margin: 0;
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
    line-height: 1.3;
  }

  /* The name is the card's one focusable control; the whole card is its click target. */
  [part='name'] {
    all: unset;
    color: var(--_ngo-color-primary);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  a[part='name'] {
    display: inline;
  }

  [part='mark'] {
    color: inherit;
    background: var(--_ngo-color-highlight);
    border-radius: 2px;
  }

  [part='message'] {
    margin: 0;
    color: var(--_ngo-color-text-muted);
  }

  [part='message'][role='alert'] {
    color: var(--_ngo-color-danger);
  }

  [part='name']:focus-visible {
    outline: 2px solid var(--_ngo-color-focus);
    outline-offset: 2px;
    border-radius: var(--_ngo-radius-s);
  }

  [part='base']:hover [part='name'] {
    color: var(--_ngo-color-primary-hover);
    text-decoration-thickness: 2px;
  }

  [part='acronym'],
  [part='badge'] {
    margin: 0;
    color: var(--_ngo-color-text-muted);
    font-size: var(--_ngo-font-size-s);
  }

  /* An acronym is one word, and data can make it a long one: it wraps rather than overflow the card. */
  [part='acronym'] {
    overflow-wrap: anywhere;
  }

  [part='badge'] {
    align-self: start;
    padding-block: 0;
    padding-inline: var(--_ngo-space-xs);
    background: var(--_ngo-color-surface-muted);
    border-radius: var(--_ngo-radius-s);
  }

  [part='details'] {
    display: grid;
    /* minmax(0, …) and anywhere: one long word (a city, a URL) must not widen the card (WCAG 1.4.10). */
    grid-template-columns: minmax(0, 1fr);
    overflow-wrap: anywhere;
    gap: var(--_ngo-space-2xs);
    margin: 0;
    font-size: var(--_ngo-font-size-s);
  }

  [part='details'] dt {
    color: var(--_ngo-color-text-muted);
  }

  [part='details'] dd {
    margin: 0;
  }

  [part='sectors'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ngo-space-2xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='sector'] {
    padding-inline: var(--_ngo-space-xs);
    background: var(--_ngo-color-surface-muted);
    border-radius: var(--_ngo-radius-s);
  }

  [part='website'] {
    color: var(--_ngo-color-primary);
    overflow-wrap: anywhere;
  }

  @media (prefers-reduced-motion: no-preference) {
    [part='base'] {
      transition: border-color 120ms ease-out;
    }
  }

  [part='base']:hover {
    border-color: var(--_ngo-color-primary);
  }

  @media (forced-colors: active) {
    [part='base'] {
      border-color: CanvasText;
    }
    [part='name'] {
      color: LinkText;
    }
    [part='badge'],
    [part='sector'] {
      border: 1px solid CanvasText;
    }
    [part='mark'] {
      color: HighlightText;
      background: Highlight;
    }
  }
`;
