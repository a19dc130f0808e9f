import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { pickLocalized, type FieldOfficeDetail, type PartialLocalizedText, type Programme } from '@ngo-liaison/core';
import type { LiaisonClient } from '@ngo-liaison/client';
import { errorMessage } from '../../internal/error-message.js';
import { KeyedLoader, clientFor, sourceKey } from '../../internal/keyed-loader.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { enCommon } from '../../translations/en/common.js';
import { enProgrammes } from '../../translations/en/programmes.js';
import { loadOtherAreas } from '../../translations/load-other-areas.js';
import { OfficeNamesController } from '../../internal/office-names.js';
import { ReferenceController } from '../../internal/reference-controller.js';
import { webUrl } from '../../internal/safe-url.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { NgoActionFeed } from '../ngo-action-feed/ngo-action-feed.element.js';
import { NgoFocalPoints } from '../ngo-focal-points/ngo-focal-points.element.js';
import { fieldOfficeStyles } from './ngo-field-office.styles.js';

/** What the element needs from a client (`createClient()` fits). */
export type FieldOfficeSource = Pick<LiaisonClient, 'fieldOffices' | 'programmes' | 'focalPoints' | 'actions'> &
  Partial<Pick<LiaisonClient, 'organizations'>>;

/** "Va" → "V(a)", as the electoral groups are written. */
const groupLabel = (group: string) => group.replace(/^V([ab])$/, 'V($1)');

/**
 * @summary One UNESCO field office: its type, the countries it covers (with region and
 * Executive Board group, and how sure the sources are of the coverage), its focal points,
 * the programmes concerning its area and the actions there (NGOs' and the office's own).
 *
 * @tagname ngo-field-office
 *
 * @csspart base - The element's box (`<article>`).
 * @csspart name - The office's name (a heading).
 * @csspart type - Its type.
 * @csspart facts - Host country, parent and child offices (`<dl>`).
 * @csspart section - Each titled section.
 * @csspart section-heading - A section's title.
 * @csspart certainty - How sure the sources are of the coverage.
 * @csspart countries - The countries covered (`<ul>`).
 * @csspart country - One country.
 * @csspart country-meta - Its region and electoral group.
 * @csspart source - The link to the source.
 * @csspart note - The source's caveat (in English, as the data gives it).
 * @csspart programmes - The programmes concerning the office's area.
 * @csspart programme - One programme.
 * @csspart focal-points - The embedded `<ngo-focal-points>`.
 * @csspart actions - The embedded `<ngo-action-feed>`.
 * @csspart message - Loading and error messages.
 * @csspart retry - The Retry button after an error.
 *
 * @cssprop --ngo-color-text-muted - Labels and notes.
 * @cssprop --ngo-color-primary - Links.
 * @cssprop --ngo-space-m - Gaps between sections.
 */
export class NgoFieldOffice extends LiaisonElement {
  static override styles = [tokens, sharedStyles, fieldOfficeStyles];
  static override dependencies = { 'ngo-focal-points': NgoFocalPoints, 'ngo-action-feed': NgoActionFeed };

  /** The office's code (e.g. `abuja`). */
  @property() code?: string;

  /** URL of the API's `/v1`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A client to load from; wins over `api-base` (property only). */
  @property({ attribute: false }) client?: FieldOfficeSource;

  /** Actions shown before "Load more" (default 5). */
  @property({ type: Number, attribute: 'actions-limit' }) actionsLimit = 5;

  /** Link to an organisation's profile, `{id}` replaced by its id (for the actions). */
  @property({ attribute: 'profile-href' }) profileHref?: string;

  /** Level of the heading with the office's name (1–5). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly localize = new LocalizeController(this, [enCommon, enProgrammes], loadOtherAreas);
  readonly #reference = new ReferenceController(this);
  readonly #offices = new OfficeNamesController(this);

  #source(): FieldOfficeSource | undefined {
    return this.client ?? clientFor(this.apiBase);
  }

  readonly #office = new KeyedLoader<FieldOfficeDetail>(this, () => {
    const source = this.#source();
    const code = this.code?.trim();
    if (!source || !code) return undefined;
    return { key: `${sourceKey(source)}|${code}`, load: (signal) => source.fieldOffices.get(code, { signal }) };
  });

  readonly #programmes = new KeyedLoader<Programme[]>(this, () => {
    const source = this.#source();
    const code = this.code?.trim();
    if (!source || !code) return undefined;
    return {
      key: `${sourceKey(source)}|${code}`,
      load: (signal) => source.programmes.list({ fieldOffice: code, limit: 100, signal }).toArray({ max: 500 }),
    };
  });

  /** `loading`, `ready`, `error` (e.g. unknown code), or `idle`. */
  get state(): 'idle' | 'loading' | 'ready' | 'error' {
    return this.#office.state;
  }

  #text(value: PartialLocalizedText | undefined): TemplateResult | typeof nothing {
    const picked = pickLocalized(value, this.language);
    if (!picked) return nothing;
    return html`<bdi lang=${picked.lang !== this.language ? picked.lang : nothing}>${picked.text}</bdi>`;
  }

  override render(): TemplateResult {
    const office = this.#office.value;
    if (!office) return this.#renderMessage();
    const { localize } = this;
    const ui = localize.uiLanguage;
    const language = this.language;
    const level = Math.min(5, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const source = this.#source();
    const host = this.#reference.countryName(office.hostCountry, language).text;
    const row = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
    return html`<article part="base" lang=${language} dir=${this.direction}>
      <header>
        <div part="name" role="heading" aria-level=${level}>${this.#text(office.name)}</div>
        <p part="type" lang=${ui}>${localize.term(`office.type.${office.type}`)}</p>
      </header>
      <dl part="facts" lang=${ui}>
        ${row(localize.term('office.host'), html`<bdi>${office.city}</bdi>, ${host}`)}
        ${office.parentOffice ? row(localize.term('office.parent'), this.#offices.name(office.parentOffice, language).text) : nothing}
        ${office.childOffices.length
          ? row(
              localize.term('office.children'),
              new Intl.ListFormat(ui, { type: 'unit' }).format(office.childOffices.map((code) => this.#offices.name(code, language).text)),
            )
          : nothing}
      </dl>
      ${this.#renderCountries(office, level + 1)}
      <ngo-focal-points
        part="focal-points"
        field-office=${office.code}
        heading-level=${level + 1}
        api-base=${this.apiBase ?? nothing}
        .client=${source}
      ></ngo-focal-points>
      ${this.#renderProgrammes(level + 1)}
      <ngo-action-feed
        part="actions"
        field-office=${office.code}
        limit=${this.actionsLimit}
        heading-level=${level + 1}
        api-base=${this.apiBase ?? nothing}
        profile-href=${this.profileHref ?? nothing}
        .client=${source}
      ></ngo-action-feed>
    </article>`;
  }

  #renderCountries(office: FieldOfficeDetail, level: number): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    const collator = new Intl.Collator(this.language);
    const countries = office.countries
      .map((c) => ({ ...c, picked: pickLocalized(c.name, this.language) ?? { text: c.code, lang: undefined } }))
      .sort((a, b) => collator.compare(a.picked.text, b.picked.text));
    const sourceUrl = webUrl(office.sourceUrl);
    return html`<section part="section" lang=${ui}>
      <div part="section-heading" role="heading" aria-level=${level}>${localize.term('office.countries')}</div>
      <p part="certainty">${localize.term(`office.coverage.${office.certainty.coverage}`)}</p>
      ${countries.length
        ? html`<ul part="countries" lang=${this.language}>
            ${countries.map((c) => {
              const meta = [c.region ? localize.term(`region.${c.region}`) : '', c.electoralGroup ? localize.term('electoralGroup', { group: groupLabel(c.electoralGroup) }) : '']
                .filter(Boolean)
                .join(' · ');
              return html`<li part="country">
                <bdi lang=${c.picked.lang && c.picked.lang !== this.language ? c.picked.lang : nothing}>${c.picked.text}</bdi>
                ${meta ? html`<span part="country-meta" lang=${ui}> — ${meta}</span>` : nothing}
              </li>`;
            })}
          </ul>`
        : html`<p part="message">${localize.term('office.noCountries')}</p>`}
      ${sourceUrl ? html`<p><a part="source" href=${sourceUrl.href} rel="noopener">${localize.term('source')}</a></p>` : nothing}
      ${office.note ? html`<p part="note" lang="en">${office.note}</p>` : nothing}
    </section>`;
  }

  #renderProgrammes(level: number): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    const programmes = this.#programmes.value;
    return html`<section part="section" lang=${ui}>
      <div part="section-heading" role="heading" aria-level=${level}>${localize.term('office.programmes')}</div>
      ${programmes
        ? programmes.length
          ? html`<ul part="programmes" lang=${this.language}>
              ${programmes.map(
                (p) => html`<li part="programme">
                  ${this.#text(p.title)} <span part="country-meta" lang=${ui}>(${this.#reference.sectorName(p.sector, this.language).text})</span>
                </li>`,
              )}
            </ul>`
          : html`<p part="message">${localize.term('office.noProgrammes')}</p>`
        : this.#programmes.state === 'error'
          ? html`<p part="message" role="alert">${errorMessage(localize, this.#programmes.error)}</p>
              <button part="retry" type="button" @click=${() => this.#programmes.reload()}>${localize.term('retry')}</button>`
          : html`<p part="message">${localize.term('loading')}</p>`}
    </section>`;
  }

  #renderMessage(): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    if (this.#office.state === 'loading') return html`<p part="message" role="status" lang=${ui}>${localize.term('loading')}</p>`;
    if (this.#office.state === 'error') {
      return html`<div part="message" role="alert" lang=${ui}>
        <p>${errorMessage(localize, this.#office.error, localize.term('office.notFound'))}</p>
        <button part="retry" type="button" @click=${() => this.#office.reload()}>${localize.term('retry')}</button>
      </div>`;
    }
    return html``;
  }
}
