import { css } from 'lit';

/** What <ngo-programme-feedback> adds to the write path's form styles: the list, the answers, the summary. */
export const programmeFeedbackStyles = css`
  [part~='container'],
  [part~='list'],
  [part~='summary'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-m);
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }

  [part~='heading'],
  [part~='list-title'],
  [part~='summary-title'] {
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='status']:empty {
    display: none;
  }

  [part~='feedback-list'],
  [part~='summary-rows'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='feedback-item'] > article,
  [part~='summary-row'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
    padding: var(--_ngo-space-s);
    border: 1px solid var(--_ngo-color-border);
    border-inline-start-width: 6px;
    border-radius: var(--_ngo-radius-m);
  }

  [part~='answered'] > article {
    border-inline-start-color: var(--_ngo-color-primary);
  }

  [part~='feedback-subject'],
  [part~='summary-scope'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='feedback-meta'],
  [part~='feedback-from'],
  [part~='feedback-state'],
  [part~='answer-by'] {
    color: var(--_ngo-color-text-muted);
    font-size: var(--_ngo-font-size-s);
  }

  [part~='feedback-text'],
  [part~='answer-text'] {
    white-space: pre-line;
  }

  [part~='answer-box'] {
    padding-inline-start: var(--_ngo-space-s);
    border-inline-start: 3px solid var(--_ngo-color-primary);
  }

  [part~='moved'] {
    color: var(--_ngo-color-danger);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='counts'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ngo-space-2xs) var(--_ngo-space-m);
    margin: 0;
  }

  [part~='counts'] > div {
    display: flex;
    gap: var(--_ngo-space-2xs);
  }

  [part~='counts'] dd {
    margin: 0;
  }

  [part~='acknowledge'],
  [part~='answer'] {
    align-self: start;
  }
`;
