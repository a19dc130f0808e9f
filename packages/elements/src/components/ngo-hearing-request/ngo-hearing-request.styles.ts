import { css } from 'lit';

/** What <ngo-hearing-request> adds to the write path's form styles: the counter and the list of requests. */
export const hearingRequestStyles = css`
  [part~='container'],
  [part~='list'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-m);
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }

  [part~='heading'],
  [part~='list-title'] {
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='status']:empty {
    display: none;
  }

  [part~='counter'] {
    margin: 0;
    color: var(--_ngo-color-text-muted);
    font-size: var(--_ngo-font-size-s);
  }

  [part~='hearing-list'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='hearing-item'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
    padding: var(--_ngo-space-s);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
  }

  [part~='hearing-state'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='hearing-statement'] {
    margin: 0;
    white-space: pre-wrap;
  }

  [part~='withdraw'] {
    align-self: flex-start;
  }
`;
