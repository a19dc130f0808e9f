import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Organization, Page } from '@ngo-liaison/core';
import { createClient } from '@ngo-liaison/client';
import { NgoCard } from '../ngo-card/ngo-card.element.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { tokens } from '../../styles/tokens.styles.js';
import { directoryStyles } from './ngo-directory.styles.js';

/**
 * What the directory needs from a client: `createClient()` from `@ngo-liaison/client`
 * fits, and so does any object with the same `organizations.list` (another backend, a cache).
 */
export interface OrganizationSource {
  organizations: {
    list(params: { limit?: number; cursor?: string; signal?: AbortSignal }): PromiseLike<Page<Organization>>;
  };
}

/** What the directory shows; also available as `:state(...)` custom states. */
export type DirectoryState = 'loading' | 'list' | 'empty' | 'error';

type Phase = 'loading' | 'loading-more' | 'ready' | 'error';

/**
 * @summary A list of UNESCO's partner organisations, loaded from the Liaison API page by
 * page (or given as data), shown as cards in the viewer's language.
 *
 * @tagname ngo-directory
 *
 * @slot loading - Shown while the first page loads (default: "Loading…").
 * @slot empty - Shown when there are no organisations (default: a short message).
 * @slot error - Replaces the error message; the Retry button stays.
 *
 * @event {NgoOrganizationSelectEvent} ngo-organization-select - The user chose an organisation
 *   (click on its card, Enter or Space on its name). Comes from the card; bubbles and is composed.
 *
 * @csspart base - The wrapper of everything.
 * @csspart status - The polite live region with the loading text, the result count or the empty message.
 * @csspart loading - The default loading text.
 * @csspart count - The result count.
 * @csspart empty - The default empty message.
 * @csspart list - The list of cards (`<ul>`).
 * @csspart item - One list item.
 * @csspart card - A card's box (the card's `base` part); `card-name`, `card-acronym`,
 *   `card-badge`, `card-details`, `card-headquarters`, `card-sectors`, `card-sector` and
 *   `card-website` expose its other parts.
 * @csspart load-more - The "Load more" button.
 * @csspart error - The error box (`role="alert"`).
 * @csspart error-title - The first line of the default error message.
 * @csspart error-message - The second line: what went wrong.
 * @csspart retry - The Retry button.
 *
 * @cssprop --ngo-color-primary - Buttons, names and links.
 * @cssprop --ngo-color-on-primary - Button text.
 * @cssprop --ngo-color-danger - Error accent.
 * @cssprop --ngo-color-danger-surface - Error background.
 * @cssprop --ngo-color-text-muted - Status line.
 * @cssprop --ngo-space-m - Gap between cards.
 * @cssprop [--ngo-directory-card-min-size=16rem] - Narrowest card before the grid drops a column.
 *
 * @cssstate loading - The first page is loading.
 * @cssstate list - Organisations are shown.
 * @cssstate empty - There is nothing to show.
 * @cssstate error - Loading failed.
 */
export class NgoDirectory extends LiaisonElement {
  static override styles = [tokens, directoryStyles];
  static override dependencies = { 'ngo-card': NgoCard };

  /** URL of the API's `/v1` (absolute, or relative to the page). Builds a client. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A client to load from; wins over `api-base` (property only). */
  @property({ attribute: false }) client?: OrganizationSource;

  /** Organisations to show without fetching anything; wins over `client` and `api-base` (property only). */
  @property({ attribute: false }) items?: readonly Organization[];

  /** Organisations per request, 1–100. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Heading level of each card's name (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private _organizations: readonly Organization[] = [];
  @state() private _nextCursor: string | null = null;
  @state() private _total: number | undefined;
  @state() private _phase: Phase = 'ready';
  @state() private _error: unknown;

  /** The cursor of the request that failed (undefined for the first page), for Retry. */
  #failedCursor: string | undefined;
  #request: { controller: AbortController; cursor: string | undefined } | undefined;
  /** A request cut short by removal from the page, resumed when the element comes back. */
  #interrupted: { cursor: string | undefined } | undefined;
  #ownClient: { apiBase: string; client: OrganizationSource } | undefined;
  #focusAfterUpdate: 'base' | 'first-new' | undefined;
  #firstNewIndex = 0;

  /** What the directory currently shows. */
  get state(): DirectoryState {
    if (this._phase === 'loading') return 'loading';
    // A failed "Load more" keeps the list on screen, with the error box and Retry below it.
    if (this._organizations.length > 0) return 'list';
    return this._phase === 'error' ? 'error' : 'empty';
  }

  /** The last loading error (a `LiaisonError` from the client), or undefined. */
  get error(): unknown {
    return this._phase === 'error' ? this._error : undefined;
  }

  /** Reloads from the first page (static `items` are simply shown again). */
  refresh(): void {
    this.#reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const interrupted = this.#interrupted;
    this.#interrupted = undefined;
    if (interrupted) {
      const source = this.#source();
      if (source) void this.#fetch(source, interrupted.cursor);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Nobody sees the answer any more; fetch again if the element is put back.
    if (this.#request) {
      this.#interrupted = { cursor: this.#request.cursor };
      this.#abort();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('items') || changed.has('client') || changed.has('apiBase') || changed.has('pageSize')) {
      this.#reload();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const current = this.state;
    for (const name of ['loading', 'list', 'empty', 'error'] as const) this.toggleState(name, name === current);

    const focus = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    if (focus === 'base') this.renderRoot.querySelector<HTMLElement>('[part="base"]')?.focus();
    if (focus === 'first-new') {
      // The new card renders its name button in its own, later update.
      const card = this.renderRoot.querySelectorAll<NgoCard>('ngo-card')[this.#firstNewIndex];
      void card?.updateComplete.then(() => card.focus());
    }
  }

  #source(): OrganizationSource | undefined {
    if (this.client) return this.client;
    const apiBase = this.apiBase?.trim();
    if (!apiBase) return undefined;
    if (this.#ownClient?.apiBase !== apiBase) this.#ownClient = { apiBase, client: createClient({ baseUrl: apiBase }) };
    return this.#ownClient.client;
  }

  #abort(): void {
    this.#request?.controller.abort();
    this.#request = undefined;
  }

  #reload(): void {
    this.#abort();
    this.#interrupted = undefined;
    this._error = undefined;
    this._nextCursor = null;
    if (this.items) {
      this._organizations = this.items;
      this._total = this.items.length;
      this._phase = 'ready';
      return;
    }
    this._organizations = [];
    this._total = undefined;
    const source = this.#source();
    if (source) void this.#fetch(source, undefined);
    else this._phase = 'ready'; // Nothing to load from: the empty state says so rather than a blank box.
  }

  async #fetch(source: OrganizationSource, cursor: string | undefined): Promise<void> {
    this.#abort();
    const request = { controller: new AbortController(), cursor };
    this.#request = request;
    this._phase = cursor ? 'loading-more' : 'loading';
    this._error = undefined;
    const limit = Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 20));
    try {
      const page = await source.organizations.list({
        limit,
        ...(cursor ? { cursor } : {}),
        signal: request.controller.signal,
      });
      if (request.controller.signal.aborted) return;
      this.#firstNewIndex = cursor ? this._organizations.length : 0;
      // After "Load more", a keyboard user continues at the first new card (the button may
      // even be gone on the last page) — but only if focus is still on the button.
      if (cursor && (this.shadowRoot?.activeElement as HTMLElement | null)?.part.contains('load-more')) {
        this.#focusAfterUpdate = 'first-new';
      }
      this._organizations = cursor ? [...this._organizations, ...page.items] : page.items;
      this._nextCursor = page.nextCursor;
      this._total = page.total;
      this._phase = 'ready';
    } catch (error) {
      if (request.controller.signal.aborted) return;
      this._error = error;
      this.#failedCursor = cursor;
      this._phase = 'error';
    } finally {
      if (this.#request === request) this.#request = undefined;
    }
  }

  #loadMore(): void {
    const source = this.#source();
    if (this._phase !== 'ready' || !this._nextCursor || !source) return;
    void this.#fetch(source, this._nextCursor);
  }

  #retry(): void {
    const source = this.#source();
    // Retry replaces the error box (and its focused button): keep focus inside the widget.
    this.#focusAfterUpdate = 'base';
    if (!source) this.#reload();
    else void this.#fetch(source, this.#failedCursor);
  }

  #errorMessage(): string {
    const error = this._error as { kind?: unknown; status?: unknown } | undefined;
    switch (error?.kind) {
      case 'network':
        return this.localize.term('errorNetwork');
      case 'timeout':
        return this.localize.term('errorTimeout');
      case 'http':
        return this.localize.term('errorHttp', { status: String(error.status) });
      case 'response-validation':
        return this.localize.term('errorData');
      default:
        return this.localize.term('errorUnknown');
    }
  }

  #statusText(): TemplateResult | typeof nothing {
    const { localize } = this;
    const shown = this._organizations.length;
    const total = this._total;
    if (this._phase === 'loading') {
      return html`<slot name="loading"><p part="loading">${localize.term('loading')}</p></slot>`;
    }
    if (shown === 0) {
      if (this._phase === 'error') return nothing;
      return html`<slot name="empty"><p part="empty">${localize.term('empty')}</p></slot>`;
    }
    const text =
      total !== undefined && total > shown
        ? localize.plural('shownOfTotal', total, { shown })
        : localize.plural('resultCount', shown);
    return html`<p part="count">${text}</p>`;
  }

  override render(): TemplateResult {
    const { localize } = this;
    const phase = this._phase;
    const busy = phase === 'loading' || phase === 'loading-more';
    const lang = this.language;
    const dir = this.direction;

    return html`
      <div part="base" lang=${lang} dir=${dir} aria-busy=${busy ? 'true' : 'false'} tabindex="-1">
        <div part="status" role="status" lang=${localize.uiLanguage}>${this.#statusText()}</div>
        ${this._organizations.length > 0
          ? html`<ul part="list" role="list" aria-label=${localize.term('directoryLabel')}>
              ${this._organizations.map(
                (organization) => html`<li part="item">
                  <ngo-card
                    exportparts="base:card, name:card-name, heading:card-heading, acronym:card-acronym, badge:card-badge, details:card-details, headquarters:card-headquarters, sectors:card-sectors, sector:card-sector, website:card-website"
                    lang=${lang}
                    dir=${dir}
                    heading-level=${this.headingLevel}
                    .organization=${organization}
                  ></ngo-card>
                </li>`,
              )}
            </ul>`
          : nothing}
        ${this._nextCursor && (phase === 'ready' || phase === 'loading-more')
          ? html`<button
              part="load-more"
              type="button"
              aria-disabled=${phase === 'loading-more' ? 'true' : 'false'}
              @click=${this.#loadMore}
            >
              ${phase === 'loading-more' ? localize.term('loadingMore') : localize.term('loadMore')}
            </button>`
          : nothing}
        ${phase === 'error'
          ? html`<div part="error" role="alert" lang=${localize.uiLanguage}>
              <slot name="error">
                <p part="error-title">${localize.term('errorTitle')}</p>
                <p part="error-message">${this.#errorMessage()}</p>
              </slot>
              <button part="retry" type="button" @click=${this.#retry}>${localize.term('retry')}</button>
            </div>`
          : nothing}
      </div>
    `;
  }
}
