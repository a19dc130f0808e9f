import { css } from 'lit';

/** What <ngo-meetings> adds to the write path's form styles: the list of meetings, the answer controls and the time rows. */
export const meetingsStyles = css`
  [part~='container'],
  [part~='list'],
  [part~='request'],
  [part~='answer'],
  [part~='counter'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-m);
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }

  [part~='heading'],
  [part~='list-title'],
  [part~='form-title'] {
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='status']:empty {
    display: none;
  }

  [part~='meeting-list'],
  [part~='meeting-slots'] ul {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='meeting'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
    padding: var(--_ngo-space-s);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
    min-inline-size: 0;
  }

  [part~='meeting-subject'],
  [part~='meeting-status'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  fieldset {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
    margin: 0;
    padding: var(--_ngo-space-s);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
    min-inline-size: 0;
  }

  [part~='public'] {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: var(--_ngo-space-xs);
  }

  [part~='public'] [part~='hint'] {
    grid-column: 2;
  }

  [part~='call-off'],
  [part~='add-slot'],
  [part~='remove-slot'] {
    align-self: flex-start;
  }
`;
