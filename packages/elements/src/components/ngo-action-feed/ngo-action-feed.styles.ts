import { css } from 'lit';

export const actionFeedStyles = css`
  :host {
    display: block;
  }

  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-s);
    /* A title, place or outcome can be one long word: break it rather than overflow (WCAG 1.4.10). */
    overflow-wrap: anywhere;
  }

  [part='heading'] {
    margin: 0;
    font-size: var(--_ngo-font-size-l);
    font-weight: var(--_ngo-font-weight-bold);
  }

  [part='list'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_ngo-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='item'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ngo-space-2xs);
    padding: var(--_ngo-space-s) var(--_ngo-space-m);
    background: var(--_ngo-color-surface);
    border: 1px solid var(--_ngo-color-border);
    border-radius: var(--_ngo-radius-m);
  }

  [part='title'] {
    margin: 0;
    font-weight: var(--_ngo-font-weight-bold);
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
    overflow-wrap: anywhere;
  }

  [part='description'] {
    margin: 0;
  }

  [part='outcomes'],
  [part='sdgs'] {
    margin: 0;
    padding-inline-start: var(--_ngo-space-m);
  }

  [part='sdgs'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ngo-space-2xs);
    padding: 0;
    list-style: none;
    font-size: var(--_ngo-font-size-s);
  }

  [part='sdg'] {
    padding-inline: var(--_ngo-space-xs);
    background: var(--_ngo-color-surface-muted);
    border-radius: var(--_ngo-radius-s);
  }

  [part='load-more'] {
    justify-self: start;
  }
`;
