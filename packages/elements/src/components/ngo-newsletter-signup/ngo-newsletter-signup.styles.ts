import { css } from 'lit';

export const newsletterSignupStyles = css`
  :host {
    display: block;
  }

  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
    overflow-wrap: anywhere;
  }

  [part='heading'] {
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='field'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
  }

  [part='input'] {
    max-width: 100%;
    min-height: 2.75rem;
    font: inherit;
  }

  [part='topics'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
    margin: 0;
    min-width: 0;
  }

  [part='topics'] p {
    margin: 0;
  }

  [part='field-error'] {
    margin: 0;
    color: var(--_ngo-color-danger);
  }

  [part='submit'] {
    align-self: flex-start;
    min-height: 2.75rem;
    padding-inline: var(--_ngo-space-m);
    font: inherit;
  }

  [part='message']:empty {
    display: none;
  }
`;
