import { css } from 'lit';

export const newsletterArchiveStyles = css`
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

  [part='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_ngo-space-xs);
  }

  [part='open'],
  [part='back'] {
    min-height: 2.75rem;
    max-width: 100%;
    font: inherit;
    text-align: start;
  }

  [part='issue'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
  }

  [part='issue'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-m);
    overflow-wrap: anywhere;
  }

  [part='issue-title'] {
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='section-heading'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='items'] {
    margin: 0;
    padding-inline-start: var(--_ngo-space-l, 1.5rem);
  }

  [part='item'] {
    display: flex;
    flex-direction: column;
  }

  [part='item-group'],
  [part='item-detail'] {
    color: var(--_ngo-color-text-muted);
  }
`;
