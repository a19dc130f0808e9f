import { css } from 'lit';

export const fieldOfficeStyles = css`
  :host {
    display: block;
  }

  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-m);
  }

  [part='name'] {
    margin: 0;
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='type'] {
    margin: 0;
    color: var(--_ngo-color-text-muted);
  }

  [part='facts'] {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0 var(--_ngo-space-s);
    margin: 0;
  }

  [part='facts'] > div {
    display: contents;
  }

  [part='facts'] dt {
    color: var(--_ngo-color-text-muted);
  }

  [part='facts'] dd {
    margin: 0;
  }

  [part='section'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
  }

  [part='section-heading'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='certainty'],
  [part='note'] {
    margin: 0;
    font-size: var(--_ngo-font-size-s);
    color: var(--_ngo-color-text-muted);
  }

  [part='countries'],
  [part='programmes'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: var(--_ngo-space-2xs) var(--_ngo-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='country-meta'] {
    color: var(--_ngo-color-text-muted);
    font-size: var(--_ngo-font-size-s);
  }
`;
