import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { directionOf, pickLocalized, type Language, type Organization } from '@ngo-liaison/core';
import { NgoOrganizationSelectEvent } from '../../events/ngo-organization-select.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { ReferenceController } from '../../internal/reference-controller.js';
import { tokens } from '../../styles/tokens.styles.js';
import { cardStyles } from './ngo-card.styles.js';

/** Only http(s) links are rendered: a `javascript:` or `data:` URL in the data stays text-free. */
function webUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @summary One organisation: its name in the viewer's language (with a marked fallback),
 * acronym, headquarters, UNESCO sectors and website.
 *
 * @tagname ngo-card
 *
 * @event {NgoOrganizationSelectEvent} ngo-organization-select - The user clicked the card or
 *   pressed Enter/Space on its name. `event.organization` is the organisation.
 *
 * @csspart base - The card's box (`<article>`).
 * @csspart heading - The heading around the name.
 * @csspart name - The organisation's name, a button.
 * @csspart acronym - The acronym.
 * @csspart badge - The "fictional organisation" label on demo data.
 * @csspart details - The list of facts (`<dl>`).
 * @csspart headquarters - City and country of the headquarters.
 * @csspart sectors - The list of UNESCO sectors.
 * @csspart sector - One sector.
 * @csspart website - The link to the organisation's website.
 *
 * @cssprop --ngo-color-text - Text colour.
 * @cssprop --ngo-color-text-muted - Secondary text (labels, acronym).
 * @cssprop --ngo-color-surface - Card background.
 * @cssprop --ngo-color-surface-muted - Background of sector and badge labels.
 * @cssprop --ngo-color-border - Card border.
 * @cssprop --ngo-color-primary - Name and link colour.
 * @cssprop --ngo-color-primary-hover - Name colour on hover.
 * @cssprop --ngo-color-focus - Focus ring.
 * @cssprop --ngo-space-m - Card padding.
 * @cssprop --ngo-font-family - Font family.
 * @cssprop --ngo-radius-m - Card corner radius.
 */
export class NgoCard extends LiaisonElement {
  static override styles = [tokens, cardStyles];

  // Clicking anywhere on the card focuses its name button, and card.focus() reaches it.
  static override shadowRootOptions: ShadowRootInit = { ...LiaisonElement.shadowRootOptions, delegatesFocus: true };

  /** The organisation to show (property only). */
  @property({ attribute: false }) organization?: Organization;

  /** Level of the heading that holds the name (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  readonly #reference = new ReferenceController(this);

  #onClick(event: MouseEvent): void {
    if (!this.organization) return;
    const path = event.composedPath();
    // The website link keeps its own meaning; selecting text on the card is not a choice either.
    if (path.some((node) => node instanceof HTMLAnchorElement)) return;
    const onName = path.some((node) => node instanceof HTMLButtonElement);
    if (!onName && String(getSelection() ?? '') !== '') return;
    this.emit(new NgoOrganizationSelectEvent(this.organization));
  }

  /** `lang` (and `dir` when it differs) for text shown in a fallback language. */
  #langOf(textLang: string | undefined) {
    const shown = textLang && textLang !== this.language ? (textLang as Language) : undefined;
    const dir = shown ? directionOf(shown) : undefined;
    return { lang: shown, dir: dir !== this.direction ? dir : undefined };
  }

  override render(): TemplateResult {
    const org = this.organization;
    if (!org) return html``;
    const language = this.language;
    const name = pickLocalized(org.name, language)!;
    const acronym = pickLocalized(org.acronym, language);
    const nameAttrs = this.#langOf(name.lang);
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));

    return html`
      <article part="base" lang=${language} dir=${this.direction} @click=${this.#onClick}>
        <div part="heading" role="heading" aria-level=${level}>
          <button part="name" type="button" lang=${nameAttrs.lang ?? nothing} dir=${nameAttrs.dir ?? nothing}>
            ${name.text}
          </button>
        </div>
        ${acronym && acronym.text !== name.text
          ? html`<p part="acronym" lang=${this.#langOf(acronym.lang).lang ?? nothing}>${acronym.text}</p>`
          : nothing}
        ${org.provenance.fictional
          ? html`<p part="badge" lang=${this.localize.uiLanguage}>${this.localize.term('fictional')}</p>`
          : nothing}
        ${this.#renderDetails(org)}
      </article>
    `;
  }

  #renderDetails(org: Organization): TemplateResult | typeof nothing {
    const { localize } = this;
    const language = this.language;
    const city = org.headquarters?.city;
    const countryCode = org.headquarters?.country;
    const country = countryCode ? this.#reference.countryName(countryCode, language) : undefined;
    const website = webUrl(org.website);
    const rows: TemplateResult[] = [];

    if (city || country) {
      const countryHtml = country
        ? html`<span lang=${this.#langOf(country.lang).lang ?? nothing}>${country.text}</span>`
        : undefined;
      // The city is free text in its local form: it gets no lang of its own.
      const place = city && countryHtml ? this.#place(city, countryHtml) : (countryHtml ?? city);
      rows.push(html`<div><dt>${localize.term('headquarters')}</dt><dd part="headquarters">${place}</dd></div>`);
    }
    if (org.sectors.length > 0) {
      rows.push(html`<div>
        <dt>${localize.term('sectors')}</dt>
        <dd>
          <ul part="sectors" role="list">
            ${org.sectors.map((code) => {
              const sector = this.#reference.sectorName(code, language);
              return html`<li part="sector" lang=${this.#langOf(sector.lang).lang ?? nothing}>${sector.text}</li>`;
            })}
          </ul>
        </dd>
      </div>`);
    }
    if (website) {
      rows.push(html`<div>
        <dt>${localize.term('website')}</dt>
        <dd><a part="website" href=${website.href} rel="noopener noreferrer">${website.hostname.replace(/^www\./, '')}</a></dd>
      </div>`);
    }
    return rows.length > 0 ? html`<dl part="details">${rows}</dl>` : nothing;
  }

  /** "{city}, {country}" with the language's punctuation, keeping the country as markup. */
  #place(city: string, country: TemplateResult): TemplateResult {
    const template = this.localize.term('place');
    const parts = template.split(/(\{city\}|\{country\})/);
    return html`${parts.map((part) => (part === '{city}' ? city : part === '{country}' ? country : part))}`;
  }
}
