import { css } from 'lit';

/** What <ngo-forum-themes> adds to the write path's form styles: the chosen theme and the standings. */
export const forumThemesStyles = css`
  [part~='container'],
  [part~='choice'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-m);
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }

  [part~='heading'],
  [part~='choice-title'] {
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='choice'] {
    gap: var(--_ngo-space-xs);
    padding: var(--_ngo-space-s);
    border: 2px solid var(--_ngo-color-primary);
    border-radius: var(--_ngo-radius-m);
  }

  [part~='choice-theme'],
  [part~='choice-reasons'],
  [part~='theme-description'],
  [part~='closed'] {
    margin: 0;
  }

  [part~='choice-theme'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='status']:empty {
    display: none;
  }

  [part~='standings'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
    margin: 0;
    padding-inline-start: var(--_ngo-space-l);
  }

  [part~='standing'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
    padding: var(--_ngo-space-s);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
  }

  [part~='chosen'] {
    border-color: var(--_ngo-color-primary);
  }

  [part~='theme-title'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='counts'] {
    color: var(--_ngo-color-text-muted);
    font-size: var(--_ngo-font-size-s);
  }

  [part~='support'] {
    align-self: flex-start;
  }

  [part~='support'][aria-pressed='true'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  /* Member States' phase registrations: a description list, one phase per group. */
  [part~='registrations'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
    min-inline-size: 0;
  }

  [part~='registrations-title'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='phases'],
  [part~='no-registrations'] {
    margin: 0;
  }

  [part~='phase'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ngo-space-xs) var(--_ngo-space-s);
  }

  [part~='phase-name'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='registration'] {
    margin: 0;
  }
`;
