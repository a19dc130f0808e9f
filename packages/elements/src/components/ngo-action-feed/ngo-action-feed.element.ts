import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { pickLocalized, type Action, type PartialLocalizedText } from '@ngo-liaison/core';
import { errorMessage } from '../../internal/error-message.js';
import { KeyedLoader, clientFor, sourceKey } from '../../internal/keyed-loader.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { enCommon } from '../../translations/en/common.js';
import { enProgrammes } from '../../translations/en/programmes.js';
import { loadOtherAreas } from '../../translations/load-other-areas.js';
import { ReferenceController, sdgLabel, sdgLabelContent } from '../../internal/reference-controller.js';
import { pageUrl } from '../../internal/safe-url.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { loadFeedPage, type ActionFilter, type ActionSource, type FeedPage } from './action-feed-data.js';
import { actionFeedStyles } from './ngo-action-feed.styles.js';

interface MorePages {
  after: FeedPage;
  pages: FeedPage[];
  loading: boolean;
  error: unknown;
}

/**
 * @summary On-the-ground actions within UNESCO programmes, by NGOs or by UNESCO field offices —
 * who, where, when, what and with what outcomes — newest first, filtered by programme,
 * country, field office or organisation.
 *
 * @tagname ngo-action-feed
 *
 * @csspart base - The element's box.
 * @csspart heading - The feed's heading.
 * @csspart list - The list of actions.
 * @csspart item - One action (`<article>` inside).
 * @csspart title - The action's title (a heading).
 * @csspart badge - The "fictional action" label on demo data.
 * @csspart facts - Who, which programme, where and when (`<dl>`).
 * @csspart description - What was done.
 * @csspart outcomes - The outcomes (`<ul>`).
 * @csspart sdgs - The SDGs (`<ul>`); each is an `sdg`.
 * @csspart sdg - One SDG.
 * @csspart load-more - The "Load more" button.
 * @csspart message - Loading, empty and error messages.
 * @csspart retry - The Retry button after an error.
 *
 * @cssprop --ngo-color-surface - Background of each action.
 * @cssprop --ngo-color-surface-muted - Background of the SDG labels.
 * @cssprop --ngo-color-border - Borders.
 * @cssprop --ngo-color-text-muted - Labels.
 * @cssprop --ngo-space-m - Padding.
 */
export class NgoActionFeed extends LiaisonElement {
  static override styles = [tokens, sharedStyles, actionFeedStyles];

  /** Programme id. */
  @property() programme?: string;
  /** Country where the action took place (ISO alpha-2). */
  @property() country?: string;
  /** Field office that carried the action out, lists it, or covers its countries. */
  @property({ attribute: 'field-office' }) fieldOffice?: string;
  /** Organisation that carried the action out (id). */
  @property() organization?: string;
  /** Keep actions still running on or after this date (YYYY-MM-DD). */
  @property() from?: string;
  /** Keep actions started on or before this date (YYYY-MM-DD). */
  @property() to?: string;
  /** Actions per page (1–100, default 10). */
  @property({ type: Number }) limit = 10;

  /** URL of the API's `/v1`. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** A client to load from; wins over `api-base` (property only). */
  @property({ attribute: false }) client?: ActionSource;
  /** Actions to show without loading anything (property only). */
  @property({ attribute: false }) items?: Action[];

  /** Link to an organisation's profile, `{id}` replaced by its id (field offices are not linked). */
  @property({ attribute: 'profile-href' }) profileHref?: string;
  /** Level of the feed's heading (1–5); action titles are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Pages after the first, with the first page they follow (a new first page drops them). */
  #more: MorePages | undefined;

  protected readonly localize = new LocalizeController(this, [enCommon, enProgrammes], loadOtherAreas);
  readonly #reference = new ReferenceController(this);
  #source: ActionSource | undefined;

  readonly #loader = new KeyedLoader<FeedPage>(this, () => {
    const source = this.client ?? clientFor(this.apiBase);
    if (this.items || !source) return undefined;
    const filter = this.#filter();
    const limit = this.#limit();
    return {
      key: `${sourceKey(source)}|${JSON.stringify(filter)}|${limit}`,
      load: (signal) => {
        this.#source = source;
        return loadFeedPage(source, filter, limit, undefined, signal, { organizations: new Map(), fieldOffices: new Map(), programmes: new Map() });
      },
    };
  });

  /** `loading`, `ready`, `empty`, `error`, or `idle`. */
  get state(): 'idle' | 'loading' | 'ready' | 'empty' | 'error' {
    const items = this.items ?? this.#loader.value?.items;
    if (items) return items.length ? 'ready' : 'empty';
    return this.#loader.state === 'ready' ? 'idle' : this.#loader.state;
  }

  #filter(): ActionFilter {
    const out: ActionFilter = {};
    for (const key of ['programme', 'country', 'fieldOffice', 'organization', 'from', 'to'] as const) {
      const value = this[key]?.trim();
      if (value) out[key] = value;
    }
    return out;
  }

  #limit(): number {
    return Math.min(100, Math.max(1, Math.trunc(this.limit) || 10));
  }

  /** The pages after the first that belong to the current first page. */
  #morePages(): { pages: FeedPage[]; loading: boolean; error: unknown } {
    const first = this.#loader.value;
    return first && this.#more?.after === first ? this.#more : { pages: [], loading: false, error: undefined };
  }

  async #loadMore(): Promise<void> {
    const first = this.#loader.value;
    const more = this.#morePages();
    const last = more.pages.at(-1) ?? first;
    if (!first || !last?.nextCursor || !this.#source || more.loading) return;
    const state: MorePages = { after: first, pages: more.pages, loading: true, error: undefined };
    this.#more = state;
    this.requestUpdate();
    try {
      const page = await loadFeedPage(this.#source, this.#filter(), this.#limit(), last.nextCursor, new AbortController().signal, last);
      state.pages = [...state.pages, page];
    } catch (error) {
      state.error = error;
    } finally {
      state.loading = false;
      this.requestUpdate();
    }
  }

  #text(value: PartialLocalizedText | undefined, fallback = ''): TemplateResult {
    const picked = pickLocalized(value, this.language);
    if (!picked) return html`<bdi>${fallback}</bdi>`;
    return html`<bdi lang=${picked.lang !== this.language ? picked.lang : nothing}>${picked.text}</bdi>`;
  }

  /** An organisation's name, linked to its profile when `profile-href` is set. */
  #linked(name: TemplateResult, organization: string): TemplateResult {
    const href = pageUrl(this.profileHref?.replaceAll('{id}', encodeURIComponent(organization)));
    return href ? html`<a href=${href}>${name}</a>` : name;
  }

  override render(): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    const first = this.#loader.value;
    const more = this.#morePages();
    const items = this.items ?? (first ? [first, ...more.pages].flatMap((p) => p.items) : undefined);
    const level = Math.min(5, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const last = more.pages.at(-1) ?? first;
    return html`<section part="base" lang=${this.language} dir=${this.direction}>
      <div part="heading" role="heading" aria-level=${level} lang=${ui}>${localize.term('actions.label')}</div>
      ${items
        ? items.length
          ? html`<ul part="list">
              ${items.map((action) => this.#renderAction(action, level + 1, last))}
            </ul>`
          : html`<p part="message" lang=${ui}>${localize.term('actions.empty')}</p>`
        : this.#renderMessage()}
      ${!this.items && last?.nextCursor
        ? html`<button part="load-more" type="button" lang=${ui} ?disabled=${more.loading} @click=${() => void this.#loadMore()}>
            ${localize.term(more.loading ? 'loadingMore' : 'loadMore')}
          </button>`
        : nothing}
      ${more.error ? html`<p part="message" role="alert" lang=${ui}>${errorMessage(localize, more.error)}</p>` : nothing}
    </section>`;
  }

  #renderAction(action: Action, level: number, names: FeedPage | undefined): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    const language = this.language;
    const dates = new Intl.DateTimeFormat(ui, { dateStyle: 'medium', timeZone: 'UTC' });
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const when = action.period.end
      ? dates.formatRange(day(action.period.start), day(action.period.end))
      : localize.term('actions.since', { start: dates.format(day(action.period.start)) });
    const collator = new Intl.Collator(language);
    const countries = action.countries
      .map((code) => this.#reference.countryName(code, language).text)
      .sort((a, b) => collator.compare(a, b));
    const { actor } = action;
    // An organisation links to its profile; a field office (paper ¶6) is named, without a link.
    const by =
      actor.kind === 'organization'
        ? this.#linked(this.#text(names?.organizations.get(actor.organization), actor.organization), actor.organization)
        : this.#text(names?.fieldOffices.get(actor.fieldOffice), actor.fieldOffice);
    const row = (label: string, value: unknown) => html`<div><dt lang=${ui}>${label}</dt><dd>${value}</dd></div>`;
    return html`<li part="item">
      <article>
        <div part="title" role="heading" aria-level=${level}>${this.#text(action.title)}</div>
        ${action.provenance.fictional ? html`<span part="badge" lang=${ui}>${localize.term('actions.fictional')}</span>` : nothing}
        <dl part="facts">
          ${row(localize.term('actions.by'), by)}
          ${row(localize.term('actions.programme'), this.#text(names?.programmes.get(action.programme), action.programme))}
          ${row(localize.term('actions.where'), new Intl.ListFormat(ui, { type: 'unit' }).format([action.place ?? '', ...countries].filter(Boolean)))}
          ${row(localize.term('actions.when'), when)}
        </dl>
        ${action.description ? html`<p part="description">${this.#text(action.description)}</p>` : nothing}
        ${action.outcomes.length
          ? html`<ul part="outcomes" aria-label=${localize.term('actions.outcomes')}>
              ${action.outcomes.map((o) => html`<li>${this.#text(o)}</li>`)}
            </ul>`
          : nothing}
        ${action.sdgs.length
          ? html`<ul part="sdgs" aria-label=${localize.term('facet.sdg')} lang=${ui}>
              ${[...action.sdgs].sort((a, b) => a - b).map((n) => html`<li part="sdg">${sdgLabelContent(sdgLabel(n, language, localize), ui)}</li>`)}
            </ul>`
          : nothing}
      </article>
    </li>`;
  }

  #renderMessage(): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    if (this.#loader.state === 'loading') return html`<p part="message" role="status" lang=${ui}>${localize.term('loading')}</p>`;
    if (this.#loader.state === 'error') {
      return html`<div part="message" role="alert" lang=${ui}>
        <p>${errorMessage(localize, this.#loader.error)}</p>
        <button part="retry" type="button" @click=${() => this.#loader.reload()}>${localize.term('retry')}</button>
      </div>`;
    }
    return html``;
  }
}
