import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { pickLocalized, type MatchCriterion, type OrganizationMatch, type OrganizationMatchPage, type Weights } from '@ngo-liaison/core';
import type { LiaisonClient } from '@ngo-liaison/client';
import { NgoWeightsChangeEvent } from '../../events/ngo-weights-change.js';
import { cssProperty } from '../../internal/css-property.js';
import { errorMessage } from '../../internal/error-message.js';
import { KeyedLoader, clientFor, sourceKey } from '../../internal/keyed-loader.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { enCommon } from '../../translations/en/common.js';
import { enProgrammes } from '../../translations/en/programmes.js';
import { loadOtherAreas } from '../../translations/load-other-areas.js';
import { pageUrl } from '../../internal/safe-url.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { SLIDER_MAX, applicableCriteria, rerank, sameWeights, slidersFrom } from './match-ranking.js';
import { matchListStyles } from './ngo-match-list.styles.js';

/** What the list needs from a client (`createClient()` fits). */
export type MatchSource = Pick<LiaisonClient, 'programmes'>;

/** After the last slider move, wait this long before asking the server for the exact ranking. */
const SERVER_DELAY_MS = 350;

let nextId = 0;

/** A page of matches and the slider weights it was requested with (none: the baseline). */
interface Loaded {
  page: OrganizationMatchPage;
  requested: Weights | undefined;
}

/**
 * @summary The organisations that best match a programme, ranked, each with a bar per
 * criterion and the reasons in words; sliders re-weight the criteria and re-rank at once.
 *
 * @tagname ngo-match-list
 *
 * @event {NgoWeightsChangeEvent} ngo-weights-change - The user moved a slider or reset the
 *   weights; the ranking is already updated. `event.weights` holds the slider values (0–10).
 *
 * @csspart base - The element's box.
 * @csspart heading - The caption naming the programme.
 * @csspart weights - The group of weight sliders (`<fieldset>`).
 * @csspart weights-hint - The sentence explaining the sliders.
 * @csspart weight - One criterion's label, slider and value.
 * @csspart slider - A weight slider (`<input type="range">`).
 * @csspart weight-value - The slider's value.
 * @csspart reset - The "Reset weights" button.
 * @csspart list - The ranked list (`<ol>`).
 * @csspart item - One ranked organisation.
 * @csspart rank - Its position.
 * @csspart name - Its name (a link when `profile-href` is set).
 * @csspart badge - The "fictional organisation" label on demo data.
 * @csspart score - Its score.
 * @csspart criteria - The per-criterion rows.
 * @csspart criterion - One criterion's row (label, bar, values).
 * @csspart bar - The track of a criterion's bar; `bar-fill` shows the fit.
 * @csspart bar-fill - The filled share of a bar.
 * @csspart criterion-value - The fit and weight in words.
 * @csspart reasons - The reasons in words (`<ul>`).
 * @csspart reason - One reason; also `reason-positive`, `reason-negative` or `reason-neutral`.
 * @csspart message - Loading, empty and error messages.
 * @csspart retry - The Retry button after an error.
 *
 * @cssprop --ngo-color-primary - Bars, sliders and links.
 * @cssprop --ngo-color-surface - Background of the items.
 * @cssprop --ngo-color-surface-muted - Track of the bars.
 * @cssprop --ngo-color-border - Borders.
 * @cssprop --ngo-color-text-muted - Secondary text.
 * @cssprop --ngo-space-m - Padding and gaps.
 * @cssprop --ngo-font-family - Font family.
 */
export class NgoMatchList extends LiaisonElement {
  static override styles = [tokens, sharedStyles, matchListStyles];

  /** Id of the programme whose matches to show (e.g. `demo-coastal-literacy-initiative`). */
  @property() programme?: string;

  /** URL of the API's `/v1`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A client to load matches from; wins over `api-base` (property only). */
  @property({ attribute: false }) client?: MatchSource;

  /** Ranked matches to show without loading anything (property only, e.g. from `client.programmes.matches()`); wins over `programme`. */
  @property({ attribute: false }) results?: OrganizationMatchPage;

  /** How many organisations to show (1–100, default 10). */
  @property({ type: Number }) limit = 10;

  /** Link to an organisation's profile, `{id}` replaced by its id (e.g. `/ngo/{id}`). Without it, names are plain text. */
  @property({ attribute: 'profile-href' }) profileHref?: string;

  /** Level of the caption heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly localize = new LocalizeController(this, [enCommon, enProgrammes], loadOtherAreas);
  readonly #id = `ngo-match-list-${++nextId}`;
  /** Weights set by the page (`weights` property): the baseline the sliders start from. */
  #hostWeights: Partial<Weights> | undefined;
  /** Slider values once the user moved one; undefined means the baseline. */
  #sliders: Weights | undefined;
  /** The weights of the last server request (set a moment after the last slider move). */
  #requested: Weights | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The last page shown, kept on screen while a re-weighted ranking loads. */
  #last: Loaded | undefined;
  #initial: Weights | undefined;
  #announcement = '';

  readonly #loader = new KeyedLoader<Loaded>(this, () => {
    const source = this.client ?? clientFor(this.apiBase);
    const programme = this.programme?.trim();
    if (this.results || !source || !programme) return undefined;
    const limit = this.#poolSize();
    const requested = this.#requested;
    const weights = requested ?? this.#hostWeights;
    return {
      key: [sourceKey(source), programme, limit, weights ? JSON.stringify(weights) : ''].join('|'),
      load: (signal) =>
        Promise.resolve(source.programmes.matches(programme, { limit, signal, ...(weights ? { weights } : {}) })).then((page) => ({ page, requested })),
    };
  });

  /** `loading`, `ready`, `empty` (nothing to rank), `error`, or `idle` (nothing asked). */
  get state(): 'idle' | 'loading' | 'ready' | 'empty' | 'error' {
    const page = this.#page();
    if (page) return page.items.length ? 'ready' : 'empty';
    return this.#loader.state === 'ready' ? 'idle' : this.#loader.state;
  }

  /** The slider values (0–10 per criterion) the ranking uses now. */
  get weights(): Weights | undefined {
    return this.#sliders ?? this.#initial;
  }

  /**
   * Weights to rank with, overriding the programme's (any non-negative scale; criteria left
   * out keep the programme's weight). They become the sliders' starting point. Setting
   * them fires no event.
   */
  set weights(value: Partial<Weights> | undefined) {
    this.#hostWeights = value ? { ...value } : undefined;
    this.#sliders = undefined;
    this.#requested = undefined;
    this.#initial = undefined;
    clearTimeout(this.#timer);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  /** The organisations loaded: more than shown, so re-weighting can bring others up at once. */
  #poolSize(): number {
    const limit = this.#limit();
    return Math.min(100, Math.max(limit * 3, 30));
  }

  #limit(): number {
    return Math.min(100, Math.max(1, Math.trunc(this.limit) || 10));
  }

  #shown(): Loaded | undefined {
    if (this.results) return { page: this.results, requested: undefined };
    const loaded = this.#loader.value;
    if (loaded) return (this.#last = loaded);
    // While another ranking of the same programme loads, keep the last one on screen.
    if (this.#loader.state === 'loading' && this.#last?.page.programme.id === this.programme?.trim()) return this.#last;
    return undefined;
  }

  #page(): OrganizationMatchPage | undefined {
    return this.#shown()?.page;
  }

  #onSlider(criterion: MatchCriterion, event: Event): void {
    const value = Number((event.target as HTMLInputElement).value);
    const base = this.#sliders ?? this.#initial;
    if (!base) return;
    this.#sliders = { ...base, [criterion]: value };
    this.#changed();
  }

  #reset(): void {
    this.#sliders = undefined;
    this.#changed();
  }

  #changed(): void {
    this.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (!sameWeights(this.#requested, this.#sliders)) {
        this.#requested = this.#sliders;
        this.requestUpdate();
      }
      this.#announce();
    }, SERVER_DELAY_MS);
    this.emit(new NgoWeightsChangeEvent((this.#sliders ?? this.#initial)!));
  }

  #announce(): void {
    const first = this.#ranked()[0];
    if (!first) return;
    const name = pickLocalized(first.organization.name, this.language)?.text ?? first.organization.id;
    this.#announcement = this.localize.term('match.updated', { name });
    this.requestUpdate();
  }

  /** The page's matches, re-ranked under the sliders when the user moved one. */
  #ranked(): OrganizationMatch[] {
    const page = this.#page();
    if (!page) return [];
    const sliders = this.#sliders;
    return sliders && !sameWeights(sliders, this.#initial) ? rerank(page.items, sliders) : [...page.items];
  }

  override render(): TemplateResult {
    const shown = this.#shown();
    const { localize } = this;
    const ui = localize.uiLanguage;
    if (!shown) return this.#renderMessage();
    const { page } = shown;
    const applicable = applicableCriteria(page);
    // The baseline weights as slider positions, read from a page the server ranked with them.
    if (!shown.requested) this.#initial = slidersFrom(page, applicable);
    const sliders = this.#sliders ?? this.#initial ?? slidersFrom(page, applicable);
    const items = this.#ranked().slice(0, this.#limit());
    const title = pickLocalized(page.programme.title, this.language);
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`
      <section part="base" lang=${this.language} dir=${this.direction} aria-labelledby=${`${this.#id}-heading`}>
        <div part="heading" role="heading" aria-level=${level} id=${`${this.#id}-heading`} lang=${ui}>
          ${localize.term('match.caption', { title: title?.text ?? page.programme.id })}
        </div>
        ${this.#renderSliders(applicable, sliders)}
        <div role="status" class="visually-hidden" lang=${ui}>${this.#announcement}</div>
        ${items.length
          ? html`<ol part="list" aria-label=${localize.term('match.label')} lang=${ui}>
              ${items.map((item) => this.#renderItem(item, applicable))}
            </ol>`
          : html`<p part="message" lang=${ui}>${localize.term('match.empty')}</p>`}
      </section>
    `;
  }

  #renderSliders(applicable: readonly MatchCriterion[], sliders: Weights): TemplateResult {
    const { localize } = this;
    const total = applicable.reduce((sum, c) => sum + sliders[c], 0);
    const percent = new Intl.NumberFormat(localize.uiLanguage, { style: 'percent', maximumFractionDigits: 0 });
    return html`<fieldset part="weights" lang=${localize.uiLanguage}>
      <legend>${localize.term('match.weights')}</legend>
      <p part="weights-hint" id=${`${this.#id}-hint`}>${localize.term('match.weightsHint')}</p>
      ${applicable.map((criterion) => {
        const id = `${this.#id}-${criterion}`;
        const value = sliders[criterion];
        const share = percent.format(total > 0 ? value / total : 0);
        return html`<div part="weight">
          <label for=${id}>${localize.term(`criterion.${criterion}`)}</label>
          <input
            part="slider"
            id=${id}
            type="range"
            min="0"
            max=${SLIDER_MAX}
            step="1"
            .value=${String(value)}
            aria-describedby=${`${this.#id}-hint`}
            aria-valuetext=${localize.term('match.weightValue', { value: localize.number(value), share })}
            @input=${(event: Event) => this.#onSlider(criterion, event)}
          />
          <output part="weight-value" for=${id}>${localize.number(value)}</output>
        </div>`;
      })}
      <button part="reset" type="button" ?disabled=${!this.#sliders} @click=${() => this.#reset()}>${localize.term('match.reset')}</button>
    </fieldset>`;
  }

  #renderItem(item: OrganizationMatch, applicable: readonly MatchCriterion[]): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    const percent = new Intl.NumberFormat(ui, { style: 'percent', maximumFractionDigits: 0 });
    const name = pickLocalized(item.organization.name, this.language)!;
    const nameLang = name.lang !== this.language ? name.lang : undefined;
    const href = pageUrl(this.profileHref?.replaceAll('{id}', encodeURIComponent(item.organization.id)));
    const criteria = item.criteria.filter((c) => applicable.includes(c.criterion));
    return html`<li part="item">
      <span part="rank" aria-hidden="true">${localize.number(item.rank)}</span>
      <p part="name">
        ${href
          ? html`<a href=${href} lang=${nameLang ?? nothing}><bdi>${name.text}</bdi></a>`
          : html`<bdi lang=${nameLang ?? nothing}>${name.text}</bdi>`}
        ${item.organization.fictional ? html` <span part="badge">${localize.term('fictional')}</span>` : nothing}
      </p>
      <p part="score">${localize.term('match.score', { score: percent.format(item.score) })}</p>
      <ul part="criteria">
        ${criteria.map(
          (c) => html`<li part="criterion">
            <span>${localize.term(`criterion.${c.criterion}`)}</span>
            <span part="bar" aria-hidden="true"><span part="bar-fill" ${cssProperty('--ngo-fill', `${Math.round((c.fit ?? 0) * 100)}%`)}></span></span>
            <span part="criterion-value">${localize.term('match.fit', { fit: percent.format(c.fit ?? 0), weight: percent.format(c.weight) })}</span>
          </li>`,
        )}
      </ul>
      <ul part="reasons" aria-label=${localize.term('match.reasons')} lang=${this.language}>
        ${item.reasons.map((reason) => {
          const text = pickLocalized(reason.text, this.language)!;
          return html`<li part=${`reason reason-${reason.polarity}`}>
            <span class="visually-hidden" lang=${ui}>${localize.term(`match.${reason.polarity}`)} </span>${text.text}
          </li>`;
        })}
      </ul>
    </li>`;
  }

  #renderMessage(): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    const state = this.#loader.state;
    if (state === 'loading') return html`<p part="message" role="status" lang=${ui}>${localize.term('loading')}</p>`;
    if (state === 'error') {
      return html`<div part="message" role="alert" lang=${ui}>
        <p>${errorMessage(localize, this.#loader.error, localize.term('match.notFound'))}</p>
        <button part="retry" type="button" @click=${() => this.#loader.reload()}>${localize.term('retry')}</button>
      </div>`;
    }
    return html``;
  }
}
