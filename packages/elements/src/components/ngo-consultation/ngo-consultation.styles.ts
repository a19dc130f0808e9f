import { css } from 'lit';

/** What <ngo-consultation> adds to the write path's form styles: the ranking, the counter and the results' bars and tables. */
export const consultationStyles = css`
  [part~='container'],
  [part~='results'],
  [part~='result'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-m);
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }

  [part~='heading'],
  [part~='results-title'] {
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='result-title'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='status']:empty,
  [part~='announcer']:empty {
    display: none;
  }

  [part~='language-note'],
  [part~='required'],
  [part~='counter'],
  [part~='caption-note'] {
    color: var(--_ngo-color-text-muted);
    font-size: var(--_ngo-font-size-s);
    font-weight: normal;
  }

  [part~='closed'] {
    padding: var(--_ngo-space-s);
    border-inline-start: 4px solid var(--_ngo-color-border);
    background: var(--_ngo-color-surface-muted);
  }

  [part~='ranking'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Place, label, then the buttons at the end of the row; on a narrow screen the buttons wrap below. */
  [part~='rank-item'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ngo-space-xs) var(--_ngo-space-s);
    padding: var(--_ngo-space-2xs) var(--_ngo-space-xs);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
  }

  [part~='rank-position'] {
    min-inline-size: 1.5em;
    font-weight: var(--_ngo-font-weight-bold);
    font-variant-numeric: tabular-nums;
  }

  [part~='rank-label'] {
    flex: 1 1 8rem;
    min-inline-size: 0;
  }

  [part~='rank-buttons'] {
    display: inline-flex;
    gap: var(--_ngo-space-2xs);
  }

  [part~='move-up'],
  [part~='move-down'] {
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
  }

  [part~='move-up'][aria-disabled='true'],
  [part~='move-down'][aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }

  [part~='chart'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='chart-row'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr) auto;
    align-items: center;
    gap: var(--_ngo-space-s);
  }

  [part~='bar'] {
    inline-size: 100%;
    block-size: 1rem;
  }

  /* The SVG's x axis runs left to right: mirror it so the bars grow from the start edge in RTL. */
  [dir='rtl'] [part~='bar'] {
    transform: scaleX(-1);
  }

  [part~='bar-track'] {
    fill: var(--_ngo-color-surface-muted);
  }

  [part~='bar-fill'] {
    fill: var(--_ngo-color-primary);
  }

  [part~='chart-value'] {
    font-variant-numeric: tabular-nums;
  }

  [part~='table'] {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }

  [part~='caption'] {
    text-align: start;
    padding-block-end: var(--_ngo-space-xs);
  }

  [part~='caption-note'] {
    display: block;
  }

  [part~='table'] th,
  [part~='table'] td {
    padding: var(--_ngo-space-2xs) var(--_ngo-space-xs);
    border-block-end: 1px solid var(--_ngo-color-border);
    text-align: start;
    vertical-align: top;
  }

  [part~='table'] td {
    font-variant-numeric: tabular-nums;
  }

  @media (forced-colors: active) {
    [part~='bar-fill'] {
      fill: CanvasText;
    }

    [part~='bar-track'] {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
