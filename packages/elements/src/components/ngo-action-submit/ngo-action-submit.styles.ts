import { css } from 'lit';

/** What <ngo-action-submit> adds to the write path's form styles: the title, the dates, the list below. */
export const actionSubmitStyles = css`
  [part~='container'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-l);
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }

  [part~='heading'],
  [part~='mine-title'] {
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='dates'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ngo-space-m);
  }

  [part~='dates'] > [part~='field'] {
    flex: 1 1 12rem;
  }

  [part~='mine'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
  }

  [part~='submissions'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='submission'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-2xs);
    padding: var(--_ngo-space-s);
    border: 1px solid var(--_ngo-color-border);
    border-inline-start-width: 6px;
    border-radius: var(--_ngo-radius-m);
  }

  [part~='returned'] {
    border-inline-start-color: var(--_ngo-color-danger);
  }

  [part~='submission-title'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='submission-programme'],
  [part~='submission-state'] {
    color: var(--_ngo-color-text-muted);
    font-size: var(--_ngo-font-size-s);
  }
`;
