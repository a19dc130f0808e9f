import { css } from 'lit';

/** The write path's forms (<ngo-organization-editor>, and the review's actions). */
export const editorStyles = css`
  :host {
    display: block;
  }

  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-l);
    /* Any value can be one long word (a URL, a hostile name): break it rather than overflow (WCAG 1.4.10). */
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }

  p {
    margin: 0;
  }

  fieldset {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
    min-inline-size: 0;
    margin: 0;
    padding: var(--_ngo-space-m);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
  }

  legend {
    padding-inline: var(--_ngo-space-2xs);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='field'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-2xs);
    min-inline-size: 0;
  }

  [part~='row'],
  [part~='add-row'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ngo-space-xs);
  }

  [part~='row'] > input {
    flex: 1 1 12rem;
  }

  [part~='hint'],
  [part~='comparison-label'] {
    color: var(--_ngo-color-text-muted);
    font-size: var(--_ngo-font-size-s);
  }

  input[type='text'],
  input[type='url'],
  input[type='email'],
  input[type='tel'],
  textarea,
  select {
    box-sizing: border-box;
    max-inline-size: 100%;
    min-inline-size: 0;
    padding-block: var(--_ngo-space-2xs);
    padding-inline: var(--_ngo-space-xs);
    font: inherit;
    color: var(--_ngo-color-text);
    background: var(--_ngo-color-surface);
    border: 1px solid var(--_ngo-color-text-muted);
    border-radius: var(--_ngo-radius-s);
  }

  textarea,
  [part~='field'] > input {
    inline-size: 100%;
  }

  [aria-invalid='true'] {
    border-color: var(--_ngo-color-danger);
    border-width: 2px;
  }

  select:focus-visible,
  textarea:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_ngo-color-focus);
    outline-offset: 2px;
  }

  [part~='options'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--_ngo-space-2xs) var(--_ngo-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='options'] li,
  [part~='choice'] {
    display: flex;
    align-items: start;
    gap: var(--_ngo-space-xs);
    min-inline-size: 0;
  }

  [part~='chips'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ngo-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='chip'] {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ngo-space-2xs);
    padding-inline-start: var(--_ngo-space-xs);
    background: var(--_ngo-color-surface-muted);
    border-radius: var(--_ngo-radius-s);
  }

  [part~='field-error'],
  [part~='status-error'] {
    color: var(--_ngo-color-danger);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='error-summary'],
  [part~='conflict'],
  [part~='notice'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
    padding: var(--_ngo-space-m);
    border: 2px solid var(--_ngo-color-border);
    border-inline-start-width: 6px;
    border-radius: var(--_ngo-radius-m);
  }

  [part~='error-summary'] {
    border-color: var(--_ngo-color-danger);
  }

  [part~='error-summary'] ul {
    margin: 0;
    padding-inline-start: var(--_ngo-space-m);
  }

  [part~='error-summary-title'],
  [part~='conflict-title'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='comparison'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
    margin: 0;
  }

  [part~='comparison'] dd {
    display: flex;
    flex-direction: column;
    margin: 0;
  }

  [part~='comparison-current'],
  [part~='comparison-yours'],
  [part~='reason'] {
    white-space: pre-line;
  }

  dt {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ngo-space-m);
  }

  [part~='save'],
  [part~='reapply'] {
    color: var(--_ngo-color-on-primary);
    background: var(--_ngo-color-primary);
    border-color: var(--_ngo-color-primary);
  }

  [part~='message'] {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: var(--_ngo-space-xs);
  }

  @media (forced-colors: active) {
    [part~='save'],
    [part~='reapply'] {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    [aria-invalid='true'],
    [part~='error-summary'] {
      border-color: Mark;
    }
  }
`;
