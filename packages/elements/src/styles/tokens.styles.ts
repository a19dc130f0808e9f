import { css } from 'lit';

/**
 * Design tokens. Sites set the public `--ngo-*` properties anywhere above the element
 * (`:root`, a container, the element itself). Inside, each is read once into a private
 * `--_ngo-*` alias with our default: declaring the public names on `:host` would shadow the
 * values a site set on an ancestor.
 *
 * Defaults meet WCAG 2.2 AA on the default surface (#ffffff): text 16.6:1, muted text 7.5:1,
 * primary 6.7:1 (also white on primary), danger 6.5:1 (5.7:1 on its tinted surface),
 * borders of controls 4.0:1 (≥ 3:1 for non-text contrast). A site that changes the surface
 * colour should change the text colours with it.
 */
export const tokens = css`
  :host {
    --_ngo-color-text: var(--ngo-color-text, #1b1f24);
    --_ngo-color-text-muted: var(--ngo-color-text-muted, #4d5560);
    --_ngo-color-surface: var(--ngo-color-surface, #ffffff);
    --_ngo-color-surface-muted: var(--ngo-color-surface-muted, #f4f6f8);
    --_ngo-color-border: var(--ngo-color-border, #7a8089);
    --_ngo-color-primary: var(--ngo-color-primary, #0b5cad);
    --_ngo-color-primary-hover: var(--ngo-color-primary-hover, #094b8e);
    --_ngo-color-on-primary: var(--ngo-color-on-primary, #ffffff);
    --_ngo-color-danger: var(--ngo-color-danger, #b3261e);
    --_ngo-color-danger-surface: var(--ngo-color-danger-surface, #fdeceb);
    --_ngo-color-focus: var(--ngo-color-focus, #0b5cad);
    /* Matched search words; text and primary keep ≥ 6:1 on it. */
    --_ngo-color-highlight: var(--ngo-color-highlight, #fff3b0);

    --_ngo-space-2xs: var(--ngo-space-2xs, 0.25rem);
    --_ngo-space-xs: var(--ngo-space-xs, 0.5rem);
    --_ngo-space-s: var(--ngo-space-s, 0.75rem);
    --_ngo-space-m: var(--ngo-space-m, 1rem);
    --_ngo-space-l: var(--ngo-space-l, 1.5rem);

    /* system-ui has Arabic, Cyrillic and CJK glyphs on every major platform. */
    --_ngo-font-family: var(--ngo-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_ngo-font-size-s: var(--ngo-font-size-s, 0.875rem);
    --_ngo-font-size-m: var(--ngo-font-size-m, 1rem);
    --_ngo-font-size-l: var(--ngo-font-size-l, 1.125rem);
    --_ngo-font-weight-bold: var(--ngo-font-weight-bold, 600);
    --_ngo-font-line-height: var(--ngo-font-line-height, 1.5);

    --_ngo-radius-s: var(--ngo-radius-s, 0.25rem);
    --_ngo-radius-m: var(--ngo-radius-m, 0.5rem);

    /* Reset what the host page would otherwise leak in through inheritance. */
    color: var(--_ngo-color-text);
    font-family: var(--_ngo-font-family);
    font-size: var(--_ngo-font-size-m);
    font-weight: normal;
    font-style: normal;
    line-height: var(--_ngo-font-line-height);
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    box-sizing: border-box;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 2px solid var(--_ngo-color-focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Hides text visually but keeps it for assistive technology. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
