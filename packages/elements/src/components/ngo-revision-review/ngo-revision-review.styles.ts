import { css } from 'lit';

/** What the review adds to the editor's form styles: the list of revisions and their diffs. */
export const reviewStyles = css`
  [part~='heading'] {
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='revisions'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-l);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='revision'] article {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
    padding: var(--_ngo-space-m);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
  }

  [part~='revision-title'] {
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='submitted'] {
    color: var(--_ngo-color-text-muted);
  }

  [part~='diff'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
    margin: 0;
  }

  [part~='diff'] dd {
    margin: 0;
  }

  [part~='before'],
  [part~='after'] {
    white-space: pre-line;
  }

  [part~='before'] {
    text-decoration: line-through;
  }

  [part~='moved'] {
    color: var(--_ngo-color-danger);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part~='actions'] {
    align-items: end;
  }

  [part~='publish'] {
    color: var(--_ngo-color-on-primary);
    background: var(--_ngo-color-primary);
    border-color: var(--_ngo-color-primary);
  }

  @media (forced-colors: active) {
    [part~='publish'] {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }
`;
