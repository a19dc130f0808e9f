import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Language, Organization } from '@ngo-liaison/core';
import type { OrganizationFacet } from '@ngo-liaison/core/search';
import { NgoCard } from '../ngo-card/ngo-card.element.js';
import { NgoSearchChangeEvent, type SearchChangeReason } from '../../events/ngo-search-change.js';
import { errorMessage } from '../../internal/error-message.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { enCommon } from '../../translations/en/common.js';
import { enOrganizations } from '../../translations/en/organizations.js';
import { loadOtherAreas } from '../../translations/load-other-areas.js';
import { ReferenceController } from '../../internal/reference-controller.js';
import { pageUrl } from '../../internal/safe-url.js';
import { tokens, visuallyHidden } from '../../styles/tokens.styles.js';
import { renderChips, renderFacets, type FacetContext } from './directory-facets.js';
import type { ExportFormat } from './directory-export.js';
import {
  EMPTY_QUERY,
  effectiveSort,
  hasFilters,
  normalizeQuery,
  parseFacetList,
  readUrlQuery,
  sameQuery,
  toSearchQuery,
  toggleFilter,
  writeUrlQuery,
  type DirectoryQuery,
} from './directory-query.js';
import { DirectoryResults } from './directory-results.js';
import type { OrganizationSource, RemoteBackend } from './directory-source.js';
import type { SkippedRecord } from './static-export.js';
import { directoryStyles } from './ngo-directory.styles.js';

export type { OrganizationSource, DirectoryQuery };

/** What the directory shows; also available as `:state(...)` custom states. */
export type DirectoryState = 'loading' | 'list' | 'empty' | 'error';

/**
 * @summary UNESCO's partner organisations: search as you type, facet filters with counts,
 * removable filter chips, sort, "Load more", CSV/JSON export and shareable URLs, in the
 * viewer's language. Searches in the browser (`items`, or `src` pointing to a JSON export)
 * or on the server (`api-base`, `client`).
 *
 * @tagname ngo-directory
 *
 * @slot loading - Shown while the first page loads (default: "Loading…").
 * @slot empty - Shown when nothing is found (default: "No organisations to show." or, with a search, "No organisations match your search.").
 * @slot error - Replaces the error message; the Retry button stays.
 *
 * @event {NgoSearchChangeEvent} ngo-search-change - The user changed the search (typing, a facet, a chip,
 *   "Clear all", the order, or Back/Forward with `sync-url`). `event.query`, `event.reason`.
 * @event {NgoOrganizationSelectEvent} ngo-organization-select - The user chose an organisation
 *   (click on its card, Enter or Space on its name). Comes from the card; bubbles and is composed.
 *
 * @csspart base - The wrapper of everything.
 * @csspart search - The search form (`role="search"`).
 * @csspart search-label - The search box's label.
 * @csspart search-input - The search box (`type="search"`).
 * @csspart layout - Facets beside (or above, when narrow) the results.
 * @csspart facets - The group of facet fieldsets.
 * @csspart facet - One facet (`<fieldset>`); `facet-legend`, `facet-options`, `facet-option`
 *   (`facet-option-selected` when ticked), `facet-checkbox`, `facet-label`, `facet-count` and
 *   `facet-more` ("Show all") are its parts.
 * @csspart results - Toolbar, chips, list and buttons.
 * @csspart toolbar - Result count, sort and export.
 * @csspart status - The result count, the loading text or the empty message (not a live region).
 * @csspart loading - The default loading text.
 * @csspart count - The result count.
 * @csspart empty - The default empty message.
 * @csspart sort-label - The sort control's label; `sort` is the `<select>`.
 * @csspart exports - The export buttons' group; `export`, `export-csv`, `export-json`, `export-error`.
 * @csspart chips - The active filters' group; `chip-list`, `chip`, `chip-remove`, `clear-filters`.
 * @csspart list - The list of cards (`<ul>`).
 * @csspart item - One list item.
 * @csspart card - A card's box (the card's `base` part); `card-name`, `card-mark`, `card-acronym`,
 *   `card-badge`, `card-details`, `card-status`, `card-headquarters`, `card-sectors`, `card-sector`
 *   and `card-website` expose its other parts.
 * @csspart load-more - The "Load more" button.
 * @csspart error - The error box (`role="alert"`).
 * @csspart error-title - The first line of the default error message.
 * @csspart error-message - The second line: what went wrong.
 * @csspart retry - The Retry button.
 * @csspart skipped - The notice naming the records of a `src` file that were invalid and left out.
 * @csspart announcer - The polite live region that announces result counts once typing pauses (visually hidden).
 *
 * @cssprop --ngo-color-primary - Buttons, names, links, ticked facets and chips.
 * @cssprop --ngo-color-on-primary - Button text.
 * @cssprop --ngo-color-danger - Error accent.
 * @cssprop --ngo-color-danger-surface - Error background.
 * @cssprop --ngo-color-text-muted - Status line and facet counts.
 * @cssprop --ngo-color-highlight - Background of matched words in names.
 * @cssprop --ngo-space-m - Gap between cards.
 * @cssprop [--ngo-directory-card-min-size=16rem] - Narrowest card before the grid drops a column.
 * @cssprop [--ngo-directory-facets-size=15rem] - Width of the facet column.
 *
 * @cssstate loading - The first page is loading.
 * @cssstate list - Organisations are shown.
 * @cssstate empty - There is nothing to show.
 * @cssstate error - Loading failed.
 */
export class NgoDirectory extends LiaisonElement {
  static override styles = [tokens, visuallyHidden, directoryStyles];
  static override dependencies = { 'ngo-card': NgoCard };

  /** URL of the API's `/v1` (absolute, or relative to the page). The server searches. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** URL of a static JSON export (`/v1/organizations.json` saved as a file): searched in the browser. Wins over `api-base`. */
  @property() src?: string;

  /** A client to search with; wins over `src` and `api-base` (property only). */
  @property({ attribute: false }) client?: OrganizationSource;

  /** Organisations to search in the browser; wins over everything else (property only). */
  @property({ attribute: false }) items?: readonly Organization[];

  /**
   * Organisations per page, 1–100. The default, 12, fills grids of 2, 3 or 4 columns and
   * keeps each keystroke's re-render small (every shown card is laid out again).
   */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;

  /** Heading level of each card's name (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Facets to offer, in order, separated by spaces (`status sector region`); empty for none. */
  @property() facets?: string;

  /** Export formats offered (`csv json`); empty for none. */
  @property() exports = 'csv json';

  /**
   * Keeps the search in the page URL so a filtered view can be shared and Back works.
   * The value prefixes the parameter names (`sync-url="dir-"` gives `dir-q`, `dir-sector`),
   * for pages with their own parameters or two directories.
   */
  @property({ attribute: 'sync-url' }) syncUrl?: string | null;

  /** Turns names into links to a profile page: `{id}` is replaced by the organisation's id. */
  @property({ attribute: 'profile-href' }) profileHref?: string;

  @state() private _query: DirectoryQuery = EMPTY_QUERY;
  @state() private _expanded = new Set<OrganizationFacet>();
  @state() private _exportError = false;

  protected readonly localize = new LocalizeController(this, [enCommon, enOrganizations], loadOtherAreas);
  readonly #reference = new ReferenceController(this);
  readonly #results = new DirectoryResults(this, this.localize, () => ({
    ...toSearchQuery(this._query, this.language),
    limit: Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 12)),
  }));
  #searchedLanguage: Language | undefined;
  #focusAfterUpdate: (() => void) | undefined;
  readonly #onPopState = () => this.#fromUrl('history');

  constructor() {
    super();
    // After "Load more", a keyboard user continues at the first new card — if focus is still on the button.
    this.#results.onMore = (firstNew) => {
      if (!(this.shadowRoot?.activeElement as HTMLElement | null)?.part.contains('load-more')) return;
      this.#focusAfterUpdate = () => {
        const card = this.renderRoot.querySelectorAll<NgoCard>('ngo-card')[firstNew];
        void card?.updateComplete.then(() => card.focus());
      };
    };
  }

  /** The current search: text, filters and order. Setting it searches without firing `ngo-search-change`. */
  get query(): DirectoryQuery {
    return this._query;
  }

  set query(value: Partial<DirectoryQuery> | undefined) {
    const next = normalizeQuery(value);
    if (sameQuery(next, this._query)) return;
    this._query = next;
    if (this.#urlPrefix !== undefined) writeUrlQuery(next, this.#urlPrefix, 'replace');
    if (this.hasUpdated) this.#search();
  }

  /** What the directory currently shows. */
  get state(): DirectoryState {
    const { phase, organizations } = this.#results;
    if (phase === 'loading') return 'loading';
    // A failed "Load more" keeps the list on screen, with the error box and Retry below it.
    if (organizations.length > 0) return 'list';
    return phase === 'error' ? 'error' : 'empty';
  }

  /**
   * The last loading error, or undefined: a `LiaisonError` from the client, or a `LoadError`
   * for a `src` file. Both say what went wrong in `kind` (`http`, `network`, `timeout`,
   * `response-validation`).
   */
  get error(): unknown {
    return this.#results.phase === 'error' ? this.#results.error : undefined;
  }

  /** Number of organisations matching the query, when known. */
  get total(): number | undefined {
    return this.#results.total;
  }

  /**
   * Records of the `src` file that failed validation and were left out (position, id when
   * readable, issues); the directory shows the valid ones and says which were skipped.
   */
  get skippedRecords(): readonly SkippedRecord[] {
    return this.#results.skipped;
  }

  /** Reloads from the first page (and re-reads `src`). */
  refresh(): void {
    this.#setup();
  }

  /** Every organisation matching the current query, as a CSV or JSON file (what the export buttons download). */
  async exportList(format: ExportFormat): Promise<Blob> {
    const query = toSearchQuery(this._query, this.language);
    const { exportList } = await import('./directory-export.js');
    return exportList(this.#results.backend, query, format, this.language);
  }

  get #urlPrefix(): string | undefined {
    return this.syncUrl === null || this.syncUrl === undefined ? undefined : this.syncUrl.trim();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#urlPrefix !== undefined) this.#fromUrl();
    window.addEventListener('popstate', this.#onPopState);
    this.#results.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && this.hasUpdated && this.#urlPrefix !== undefined) this.#fromUrl();
    if (!this.hasUpdated || changed.has('items') || changed.has('client') || changed.has('apiBase') || changed.has('src')) {
      this.#setup();
    } else if (changed.has('pageSize') || (this.#searchedLanguage && this.#searchedLanguage !== this.language)) {
      // Names sort in the page's language, and a page size changes every page.
      this.#search();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const current = this.state;
    for (const name of ['loading', 'list', 'empty', 'error'] as const) this.toggleState(name, name === current);
    const focus = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    focus?.();
  }

  #setup(): void {
    this.#searchedLanguage = this.language;
    this.#results.setup({ items: this.items, src: this.src, source: this.client, apiBase: this.apiBase });
  }

  #search(options: { debounce?: boolean; announce?: boolean } = {}): void {
    this.#searchedLanguage = this.language;
    this.#results.search('new', options);
  }

  /** A change the user made: search, remember it in the URL, tell the page. */
  #change(next: DirectoryQuery, reason: SearchChangeReason): void {
    const query = normalizeQuery(next);
    if (sameQuery(query, this._query)) return;
    this._query = query;
    const prefix = this.#urlPrefix;
    if (prefix !== undefined && reason !== 'history') writeUrlQuery(query, prefix, reason === 'input' ? 'replace' : 'push');
    this.#search({ debounce: reason === 'input', announce: true });
    this.emit(new NgoSearchChangeEvent(query, reason));
  }

  #fromUrl(reason?: 'history'): void {
    const prefix = this.#urlPrefix;
    if (prefix === undefined) return;
    const query = readUrlQuery(location.search, prefix);
    if (reason) this.#change(query, reason);
    else if (!sameQuery(query, this._query)) {
      this._query = query;
      if (this.hasUpdated) this.#search();
    }
  }

  #onInput(event: InputEvent): void {
    // Wait for the end of an IME composition (Chinese, Japanese): pinyin letters are not the query.
    if (event.isComposing) return;
    this.#change({ ...this._query, q: (event.target as HTMLInputElement).value }, 'input');
  }

  #facetContext(): FacetContext {
    return {
      localize: this.localize,
      reference: this.#reference,
      language: this.language,
      expanded: this._expanded,
      toggle: (facet, value, on) => this.#change(toggleFilter(this._query, facet, value, on), 'facet'),
      expand: (facet, on) => {
        const expanded = new Set(this._expanded);
        if (on) expanded.add(facet);
        else expanded.delete(facet);
        this._expanded = expanded;
      },
      remove: (facet, value) => {
        const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="chip"]')];
        const index = chips.findIndex((chip) => chip.dataset.facet === facet && chip.dataset.value === value);
        // Focus moves to the chip that takes this one's place, else the previous, else the search box.
        this.#focusAfterUpdate = () => {
          const left = this.renderRoot.querySelectorAll<HTMLElement>('[part="chip"]');
          (left[Math.min(index, left.length - 1)] ?? this.#searchInput())?.focus();
        };
        this.#change(toggleFilter(this._query, facet, value, false), 'chip');
      },
      clear: () => {
        this.#focusAfterUpdate = () => this.#searchInput()?.focus();
        this.#change({ ...this._query, filters: {} }, 'clear');
      },
    };
  }

  #searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('[part="search-input"]');
  }

  #retry(): void {
    // Retry replaces the error box (and its focused button): keep focus inside the widget.
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('[part="base"]')?.focus();
    this.#results.retry();
  }

  async #export(format: ExportFormat): Promise<void> {
    this._exportError = false;
    try {
      const blob = await this.exportList(format);
      (await import('./directory-export.js')).downloadExport(blob, format);
    } catch {
      this._exportError = true;
    }
  }

  #statusText(): TemplateResult | typeof nothing {
    const { localize } = this;
    const { organizations, total, phase } = this.#results;
    const shown = organizations.length;
    if (phase === 'loading') return html`<slot name="loading"><p part="loading">${localize.term('loading')}</p></slot>`;
    if (shown === 0) {
      if (phase === 'error') return nothing;
      const filtered = this._query.q.trim() !== '' || hasFilters(this._query);
      return html`<slot name="empty"><p part="empty">${filtered ? localize.term('noMatches') : localize.term('empty')}</p></slot>`;
    }
    const text =
      total !== undefined && total > shown ? localize.plural('shownOfTotal', total, { shown }) : localize.plural('resultCount', shown);
    return html`<p part="count">${text}</p>`;
  }

  #renderSort(): TemplateResult {
    const { localize } = this;
    const sort = effectiveSort(this._query);
    const options = [...(this._query.q.trim() ? (['relevance'] as const) : []), 'name', 'partner-since', '-partner-since'] as const;
    return html`<label part="sort-label">
      ${localize.term('sortLabel')}
      <select
        part="sort"
        @change=${(event: Event) => this.#change({ ...this._query, sort: (event.target as HTMLSelectElement).value as typeof sort }, 'sort')}
      >
        ${options.map((option) => html`<option value=${option} ?selected=${option === sort}>${localize.term(`sort.${option}`)}</option>`)}
      </select>
    </label>`;
  }

  #renderExports(): TemplateResult | typeof nothing {
    const formats = (['csv', 'json'] as const).filter((format) => this.exports.split(/[\s,]+/).includes(format));
    const backend = this.#results.backend;
    if (!formats.length || !backend || (!backend.local && !(backend as RemoteBackend).canExport)) return nothing;
    const { localize } = this;
    return html`<div part="exports" role="group" aria-label=${localize.term('exportLabel')}>
      ${formats.map(
        (format) => html`<button part="export export-${format}" type="button" @click=${() => void this.#export(format)}>
          ${localize.term(format === 'csv' ? 'exportCsv' : 'exportJson')}
        </button>`,
      )}
      ${this._exportError ? html`<p part="export-error" role="alert">${localize.term('exportFailed')}</p>` : nothing}
    </div>`;
  }

  #cardHref(id: string): string | undefined {
    return this.profileHref ? pageUrl(this.profileHref.replaceAll('{id}', encodeURIComponent(id))) : undefined;
  }

  override render(): TemplateResult {
    const { localize } = this;
    const results = this.#results;
    const { phase, organizations } = results;
    const lang = this.language;
    const dir = this.direction;
    const facets = parseFacetList(this.facets);
    const context = this.#facetContext();
    const facetPanel = renderFacets(facets, results.facets, this._query, context);

    return html`
      <div part="base" lang=${lang} dir=${dir} aria-busy=${results.busy ? 'true' : 'false'} tabindex="-1">
        <form part="search" role="search" @submit=${(event: Event) => event.preventDefault()}>
          <label part="search-label" for="search">${localize.term('searchLabel')}</label>
          <input
            part="search-input"
            id="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            maxlength="200"
            placeholder=${localize.term('searchPlaceholder')}
            .value=${live(this._query.q)}
            @input=${this.#onInput}
            @compositionend=${this.#onInput}
          />
        </form>
        <div part="layout" class=${facetPanel === nothing ? '' : 'with-facets'}>
          ${facetPanel}
          <div part="results">
            <div part="toolbar">
              <div part="status" lang=${localize.uiLanguage}>${this.#statusText()}</div>
              ${organizations.length > 0 ? this.#renderSort() : nothing}
              ${organizations.length > 0 ? this.#renderExports() : nothing}
            </div>
            ${results.skipped.length && phase !== 'loading'
              ? html`<p part="skipped" lang=${localize.uiLanguage}>${results.skippedNotice()}</p>`
              : nothing}
            ${renderChips(facets, this._query, context, results.facets)}
            ${organizations.length > 0
              ? html`<ul part="list" role="list" aria-label=${localize.term('directoryLabel')}>
                  ${organizations.map(
                    (organization) => html`<li part="item">
                      <ngo-card
                        exportparts="base:card, name:card-name, heading:card-heading, mark:card-mark, acronym:card-acronym, badge:card-badge, details:card-details, status:card-status, headquarters:card-headquarters, sectors:card-sectors, sector:card-sector, website:card-website"
                        lang=${lang}
                        dir=${dir}
                        heading-level=${this.headingLevel}
                        .organization=${organization}
                        .highlight=${this._query.q}
                        .href=${this.#cardHref(organization.id)}
                      ></ngo-card>
                    </li>`,
                  )}
                </ul>`
              : nothing}
            ${results.nextCursor && (phase === 'ready' || phase === 'loading-more')
              ? html`<button part="load-more" type="button" aria-disabled=${phase === 'loading-more' ? 'true' : 'false'} @click=${() => results.more()}>
                  ${phase === 'loading-more' ? localize.term('loadingMore') : localize.term('loadMore')}
                </button>`
              : nothing}
            ${phase === 'error'
              ? html`<div part="error" role="alert" lang=${localize.uiLanguage}>
                  <slot name="error">
                    <p part="error-title">${localize.term('errorTitle')}</p>
                    <p part="error-message">${errorMessage(localize, results.error)}</p>
                  </slot>
                  <button part="retry" type="button" @click=${this.#retry}>${localize.term('retry')}</button>
                </div>`
              : nothing}
          </div>
        </div>
        <div part="announcer" role="status" class="visually-hidden" lang=${localize.uiLanguage}>${results.announcement}</div>
      </div>
    `;
  }
}
