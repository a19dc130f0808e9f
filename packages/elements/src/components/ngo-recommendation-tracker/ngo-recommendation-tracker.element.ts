import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { addresseeKey, type AddresseeFollowUps, type FollowUp, type Page, type Recommendation, type RecommendationEvaluation } from '@ngo-liaison/core';
import { addresseeLabel, localizedText, type AddresseeNames } from '../../internal/addressee-label.js';
import { errorMessage } from '../../internal/error-message.js';
import { KeyedLoader, sourceKey } from '../../internal/keyed-loader.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { OfficeNamesController } from '../../internal/office-names.js';
import { ReferenceController } from '../../internal/reference-controller.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { enCommon } from '../../translations/en/common.js';
import { enTracker } from '../../translations/en/tracker.js';
import { loadTrackerAreas } from '../../translations/load-tracker-areas.js';
import { recommendationsClientFor, type RecommendationListParams, type RecommendationSource } from './recommendation-source.js';
import { trackerStyles } from './ngo-recommendation-tracker.styles.js';

/** A page of recommendations with the titles of their events (when the client can get events). */
interface TrackerPage extends Page<Recommendation> {
  eventTitles: Map<string, Recommendation['text']>;
}

interface MorePages {
  after: TrackerPage;
  pages: TrackerPage[];
  loading: boolean;
  error: unknown;
}

export type TrackerState = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

async function loadPage(source: RecommendationSource, params: RecommendationListParams, known: Map<string, Recommendation['text']>): Promise<TrackerPage> {
  const page = await source.recommendations.list(params);
  const eventTitles = new Map(known);
  const events = source.events;
  if (events) {
    // Titles are a nicety: an event that cannot be read leaves its id shown.
    const missing = [...new Set(page.items.map((r) => r.event))].filter((id) => !eventTitles.has(id));
    await Promise.all(missing.map((id) => events.get(id, { signal: params.signal! }).then((event) => eventTitles.set(id, event.title), () => undefined)));
  }
  return { ...page, eventTitles };
}

/**
 * @summary The public follow-up of recommendations from events' outputs (the ICNGO, an
 * International NGO Forum): each recommendation's text, reference and event, and each of its
 * addressees — sectors, Member States, field offices — with their status timeline (received →
 * under consideration → in progress → implemented or not retained), dates and notes, as the
 * addressees made them public. Filtered by event, sector or Member State.
 *
 * @tagname ngo-recommendation-tracker
 *
 * @csspart base - The tracker's box.
 * @csspart heading - The tracker's heading.
 * @csspart count - The number of recommendations shown (a polite live region).
 * @csspart list - The list of recommendations; `recommendation` one of them.
 * @csspart recommendation - One recommendation (`<article>` inside).
 * @csspart title - Its reference in the event's outputs (a heading).
 * @csspart text - The recommendation's text.
 * @csspart facts - Its event and when it was recorded (`<dl>`), and the published evaluations of its event.
 * @csspart evaluations - The published evaluations of the event (`<ul>`); `evaluation` one of them.
 * @csspart evaluation - One evaluation: its title and when its results were published.
 * @csspart evaluation-link - The evaluation's title, linking to its results (when the API's URL is known).
 * @csspart addressees - Its addressees (`<ul>`); `addressee` one of them.
 * @csspart addressee - One addressee, its status and timeline.
 * @csspart addressee-name - The addressee's name (a heading).
 * @csspart latest - The addressee's latest public status.
 * @csspart no-follow-up - "No public follow-up yet."
 * @csspart timeline - The follow-ups, oldest first (`<ol>`); `step` one of them.
 * @csspart step - One follow-up: `status`, `date` and `note`.
 * @csspart status - A follow-up's status in words.
 * @csspart date - A follow-up's date.
 * @csspart note - A follow-up's note.
 * @csspart load-more - The "Load more" button.
 * @csspart message - Loading, empty and error messages.
 * @csspart retry - The Retry button after an error.
 *
 * @cssprop --ngo-color-surface - Background of each recommendation.
 * @cssprop --ngo-color-border - Borders and the timeline's line.
 * @cssprop --ngo-color-primary - The timeline's markers.
 * @cssprop --ngo-color-text-muted - Labels and dates.
 */
export class NgoRecommendationTracker extends LiaisonElement {
  static override styles = [tokens, sharedStyles, trackerStyles];

  /** Only the recommendations of this event (its id). */
  @property() event?: string;
  /** Only those addressed to this sector, or naming it (ED, SC, SHS, CLT, CI). */
  @property() sector?: string;
  /** Only those addressed to this Member State, or naming its country (ISO alpha-2). */
  @property() country?: string;
  /** Recommendations per page (1–100, default 10). */
  @property({ type: Number }) limit = 10;

  /** URL of the API's `/v1`: the tracker builds a read-only recommendations client for it. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** A client to load from (`createClient()` or `createRecommendationsClient()`); wins over `api-base` (property only). */
  @property({ attribute: false }) client?: RecommendationSource;

  /** Level of the tracker's heading (1–4); recommendations are one level below, addressees two. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly localize = new LocalizeController(this, [enCommon, enTracker], loadTrackerAreas);
  readonly #reference = new ReferenceController(this);
  readonly #offices = new OfficeNamesController(this);
  #source: RecommendationSource | undefined;
  #more: MorePages | undefined;

  readonly #loader = new KeyedLoader<TrackerPage>(this, () => {
    const base = this.apiBase?.trim();
    const client = this.client;
    if (!client && !base) return undefined;
    const params = this.#params();
    return {
      key: `${client ? sourceKey(client) : base}|${JSON.stringify(params)}`,
      load: async (signal) => {
        const source = client ?? (await recommendationsClientFor(base!));
        this.#source = source;
        return loadPage(source, { ...params, signal }, new Map());
      },
    };
  });

  /** `loading`, `ready`, `empty`, `error`, or `idle` (no client and no `api-base`). */
  get state(): TrackerState {
    const page = this.#loader.value;
    if (page) return page.items.length ? 'ready' : 'empty';
    return this.#loader.state === 'ready' ? 'idle' : this.#loader.state;
  }

  #params(): RecommendationListParams {
    const params: RecommendationListParams = { limit: Math.min(100, Math.max(1, Math.trunc(this.limit) || 10)) };
    for (const key of ['event', 'sector', 'country'] as const) {
      const value = this[key]?.trim();
      if (value) params[key] = value;
    }
    return params;
  }

  #morePages(): { pages: TrackerPage[]; loading: boolean; error: unknown } {
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
      const page = await loadPage(this.#source, { ...this.#params(), cursor: last.nextCursor, signal: new AbortController().signal }, last.eventTitles);
      state.pages = [...state.pages, page];
    } catch (error) {
      state.error = error;
    } finally {
      state.loading = false;
      this.requestUpdate();
    }
  }

  #names(): AddresseeNames {
    return { language: this.language, localize: this.localize, reference: this.#reference, offices: this.#offices };
  }

  override render(): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    const first = this.#loader.value;
    const more = this.#morePages();
    const last = more.pages.at(-1) ?? first;
    const items = first ? [first, ...more.pages].flatMap((page) => page.items) : undefined;
    const level = Math.min(4, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<section part="base" lang=${ui} dir=${this.direction} aria-labelledby="tracker-heading">
      <div part="heading" id="tracker-heading" role="heading" aria-level=${level}>${localize.term('tracker.label')}</div>
      <p part="count" class="visually-hidden" role="status">${items?.length ? localize.plural('tracker.count', items.length) : ''}</p>
      ${items
        ? items.length
          ? html`<ol part="list" role="list">
              ${items.map((recommendation, index) => this.#renderRecommendation(recommendation, index, level + 1, last!))}
            </ol>`
          : html`<p part="message">${localize.term('tracker.empty')}</p>`
        : this.#renderMessage()}
      ${last?.nextCursor
        ? html`<button part="load-more" type="button" ?disabled=${more.loading} @click=${() => void this.#loadMore()}>
            ${localize.term(more.loading ? 'loadingMore' : 'loadMore')}
          </button>`
        : nothing}
      ${more.error ? html`<p part="message" role="alert">${errorMessage(localize, more.error)}</p>` : nothing}
    </section>`;
  }

  #date(iso: string, style: 'long' | 'medium' = 'long'): TemplateResult {
    return html`<time datetime=${iso}>${new Intl.DateTimeFormat(this.localize.uiLanguage, { dateStyle: style }).format(new Date(iso))}</time>`;
  }

  #renderRecommendation(recommendation: Recommendation, index: number, level: number, names: TrackerPage): TemplateResult {
    const { localize } = this;
    const eventTitle = names.eventTitles.get(recommendation.event);
    return html`<li part="recommendation">
      <article aria-labelledby="recommendation-${index}">
        <div part="title" id="recommendation-${index}" role="heading" aria-level=${level}>
          <bdi>${recommendation.reference ?? localize.term('tracker.untitled')}</bdi>
        </div>
        <p part="text">${localizedText(recommendation.text, this.language)}</p>
        <dl part="facts">
          <div><dt>${localize.term('tracker.event')}</dt><dd>${eventTitle ? localizedText(eventTitle, this.language) : html`<bdi>${recommendation.event}</bdi>`}</dd></div>
          <div><dt>${localize.term('tracker.recorded')}</dt><dd>${this.#date(recommendation.recordedAt)}</dd></div>
          ${recommendation.evaluations?.length
            ? html`<div>
                <dt>${localize.term('tracker.evaluations')}</dt>
                <dd>
                  <ul part="evaluations" role="list">
                    ${recommendation.evaluations.map((evaluation) => this.#renderEvaluation(evaluation))}
                  </ul>
                </dd>
              </div>`
            : nothing}
        </dl>
        <ul part="addressees" role="list" aria-label=${localize.term('tracker.addressees')}>
          ${recommendation.addressees.map((entry) => this.#renderAddressee(entry, level + 1))}
        </ul>
      </article>
    </li>`;
  }

  /** An evaluation of the event (paragraph 12): its title, linked to its public results when the API's URL is known, and when they were published. */
  #renderEvaluation(evaluation: RecommendationEvaluation): TemplateResult {
    const base = (this.client?.baseUrl ?? this.apiBase)?.trim().replace(/\/+$/, '');
    const title = localizedText(evaluation.title, this.language);
    return html`<li part="evaluation">
      ${base ? html`<a part="evaluation-link" href=${`${base}/consultations/${encodeURIComponent(evaluation.consultationId)}/results`}>${title}</a>` : title}
      · ${this.#date(evaluation.publishedAt, 'medium')}
    </li>`;
  }

  #renderAddressee(entry: AddresseeFollowUps, level: number): TemplateResult {
    const { localize } = this;
    const latest = entry.followUps.at(-1);
    return html`<li part="addressee" data-addressee=${addresseeKey(entry.addressee)}>
      <div part="addressee-name" role="heading" aria-level=${Math.min(6, level)}>${addresseeLabel(this.#names(), entry.addressee)}</div>
      ${latest
        ? html`<p part="latest" data-status=${latest.status}>${localize.term('tracker.latest', { status: localize.term(`followUp.${latest.status}`) })}</p>
            <ol part="timeline" aria-label=${localize.term('tracker.timeline')}>
              ${entry.followUps.map((followUp) => this.#renderStep(followUp))}
            </ol>`
        : html`<p part="no-follow-up">${localize.term('tracker.noFollowUp')}</p>`}
    </li>`;
  }

  #renderStep(followUp: FollowUp): TemplateResult {
    return html`<li part="step" data-status=${followUp.status}>
      <span part="status">${this.localize.term(`followUp.${followUp.status}`)}</span>
      <span part="date">${this.#date(followUp.at, 'medium')}</span>
      ${followUp.note ? html`<p part="note">${localizedText(followUp.note, this.language)}</p>` : nothing}
    </li>`;
  }

  #renderMessage(): TemplateResult {
    const { localize } = this;
    if (this.#loader.state === 'loading') return html`<p part="message" role="status">${localize.term('loading')}</p>`;
    if (this.#loader.state === 'error') {
      return html`<div part="message" role="alert">
        <p>${errorMessage(localize, this.#loader.error)}</p>
        <button part="retry" type="button" @click=${() => this.#loader.reload()}>${localize.term('retry')}</button>
      </div>`;
    }
    return html``;
  }
}
