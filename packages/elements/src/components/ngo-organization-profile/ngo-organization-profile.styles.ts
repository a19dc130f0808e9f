import { css } from 'lit';

export const profileStyles = css`
  :host {
    display: block;
  }

  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-l);
    /* Any field (a URL, a reference, a name) can be one long word: break it rather than overflow (WCAG 1.4.10). */
    overflow-wrap: anywhere;
    padding: var(--_ngo-space-m);
    background: var(--_ngo-color-surface);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
  }

  [part='header'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
  }

  [part='name'] {
    font-size: 1.5em;
    font-weight: var(--_ngo-font-weight-bold);
    line-height: 1.25;
    overflow-wrap: anywhere;
  }

  p {
    margin: 0;
  }

  [part='acronym'],
  [part='provenance'] {
    color: var(--_ngo-color-text-muted);
  }

  [part='badge'],
  [part='contact-badge'],
  [part='tag'] {
    padding-inline: var(--_ngo-space-xs);
    background: var(--_ngo-color-surface-muted);
    border-radius: var(--_ngo-radius-s);
  }

  [part='badge'] {
    align-self: start;
    color: var(--_ngo-color-text-muted);
    font-size: var(--_ngo-font-size-s);
  }

  [part='contact-badge'] {
    margin-inline-start: var(--_ngo-space-xs);
    font-size: var(--_ngo-font-size-s);
  }

  [part='facts'] {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: var(--_ngo-space-2xs) var(--_ngo-space-m);
    margin: 0;
  }

  [part='facts'] > div {
    display: contents;
  }

  dt {
    color: var(--_ngo-color-text-muted);
  }

  dd {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='section'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
  }

  [part='section-heading'] {
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='tags'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ngo-space-2xs);
  }

  [part~='history'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
    padding-inline-start: var(--_ngo-space-m);
    border-inline-start: 2px solid var(--_ngo-color-border);
  }

  [part~='history-entry'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_ngo-space-xs);
  }

  [part~='history-current'] .status {
    color: var(--_ngo-color-primary);
    font-weight: var(--_ngo-font-weight-bold);
  }

  .period,
  .decision,
  .source {
    color: var(--_ngo-color-text-muted);
  }

  .postal {
    white-space: pre-line;
  }

  a {
    color: var(--_ngo-color-primary);
    overflow-wrap: anywhere;
  }

  [part='sources'] {
    display: flex;
    flex-direction: column;
  }

  [part='message'] {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: var(--_ngo-space-xs);
  }

  [part='message'][role='alert'] p {
    color: var(--_ngo-color-danger);
  }

  [part='retry'] {
    padding-block: var(--_ngo-space-2xs);
    padding-inline: var(--_ngo-space-m);
    color: var(--_ngo-color-on-primary);
    background: var(--_ngo-color-primary);
    border: 1px solid var(--_ngo-color-primary);
    border-radius: var(--_ngo-radius-s);
  }

  @media (max-width: 30rem) {
    [part='facts'] {
      grid-template-columns: 1fr;
    }
  }

  @media (forced-colors: active) {
    [part='base'],
    [part='badge'],
    [part='contact-badge'],
    [part='tag'] {
      border: 1px solid CanvasText;
    }
    [part='retry'] {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }
`;
