import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { directionOf, pickLocalized, type Language, type Organization } from '@ngo-liaison/core';
import { partnershipLabel } from '../../internal/partnership-label.js';
import { highlightRanges } from '@ngo-liaison/core/search';
import { NgoOrganizationSelectEvent } from '../../events/ngo-organization-select.js';
import { errorMessage } from '../../internal/error-message.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { enCommon } from '../../translations/en/common.js';
import { enOrganizations } from '../../translations/en/organizations.js';
import { loadOtherAreas } from '../../translations/load-other-areas.js';
import { OrganizationLoader, type OrganizationGetter } from '../../internal/organization-loader.js';
import { ReferenceController } from '../../internal/reference-controller.js';
import { displayUrl, pageUrl, webUrl } from '../../internal/safe-url.js';
import { tokens } from '../../styles/tokens.styles.js';
import { cardStyles } from './ngo-card.styles.js';

/**
 * @summary One organisation: its name in the viewer's language (with a marked fallback),
 * acronym, partnership status, headquarters, UNESCO sectors and website. Works inside
 * `<ngo-directory>` and on its own (`org-id` + `api-base`, or the `organization` property).
 *
 * @tagname ngo-card
 *
 * @event {NgoOrganizationSelectEvent} ngo-organization-select - The user clicked the card or
 *   pressed Enter/Space on its name. `event.organization` is the organisation.
 *
 * @csspart base - The card's box (`<article>`).
 * @csspart heading - The heading around the name.
 * @csspart name - The organisation's name: a button, or a link when `href` is set.
 * @csspart mark - A part of the name or acronym matching `highlight` (`<mark>`).
 * @csspart acronym - The acronym.
 * @csspart badge - The "fictional organisation" label on demo data.
 * @csspart details - The list of facts (`<dl>`).
 * @csspart status - The current partnership status.
 * @csspart headquarters - City and country of the headquarters.
 * @csspart sectors - The list of UNESCO sectors.
 * @csspart sector - One sector.
 * @csspart website - The link to the organisation's website.
 * @csspart message - The loading or error text when the card loads by `org-id`.
 * @csspart retry - The Retry button after an error.
 *
 * @cssprop --ngo-color-text - Text colour.
 * @cssprop --ngo-color-text-muted - Secondary text (labels, acronym).
 * @cssprop --ngo-color-surface - Card background.
 * @cssprop --ngo-color-surface-muted - Background of sector and badge labels.
 * @cssprop --ngo-color-border - Card border.
 * @cssprop --ngo-color-primary - Name and link colour.
 * @cssprop --ngo-color-primary-hover - Name colour on hover.
 * @cssprop --ngo-color-highlight - Background of matched text.
 * @cssprop --ngo-color-focus - Focus ring.
 * @cssprop --ngo-space-m - Card padding.
 * @cssprop --ngo-font-family - Font family.
 * @cssprop --ngo-radius-m - Card corner radius.
 */
export class NgoCard extends LiaisonElement {
  static override styles = [tokens, cardStyles];

  // Clicking anywhere on the card focuses its name, and card.focus() reaches it.
  static override shadowRootOptions: ShadowRootInit = { ...LiaisonElement.shadowRootOptions, delegatesFocus: true };

  /** The organisation to show (property only). Wins over `org-id`. */
  @property({ attribute: false }) organization?: Organization;

  /** Id of an organisation to load from `api-base` or `client` (e.g. `icom`). */
  @property({ attribute: 'org-id' }) orgId?: string;

  /** URL of the API's `/v1`, to load `org-id` from. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A client to load `org-id` from; wins over `api-base` (property only). */
  @property({ attribute: false }) client?: OrganizationGetter;

  /** Level of the heading that holds the name (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Search words to mark in the name and acronym (as `<mark part="mark">`). */
  @property() highlight = '';

  /**
   * Makes the name a link (to a profile page, say): http(s) or relative to the page.
   * The card still emits `ngo-organization-select` when the link is followed.
   */
  @property() href?: string;

  protected readonly localize = new LocalizeController(this, [enCommon, enOrganizations], loadOtherAreas);
  readonly #reference = new ReferenceController(this);
  readonly #loader = new OrganizationLoader(this);

  /** What the card shows: `ready` with an organisation, else `loading`, `error` or `idle` (nothing to show). */
  get state(): 'idle' | 'loading' | 'ready' | 'error' {
    return this.#loader.organization ? 'ready' : this.#loader.state === 'ready' ? 'idle' : this.#loader.state;
  }

  #onClick(event: MouseEvent): void {
    const organization = this.#loader.organization;
    if (!organization) return;
    const path = event.composedPath();
    const name = this.renderRoot.querySelector<HTMLElement>('[part="name"]');
    const link = path.find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    // The website link keeps its own meaning; selecting text on the card is not a choice either.
    if (link && link !== name) return;
    if (!link && !path.includes(name!) && String(getSelection() ?? '') !== '') return;
    if (!link && name instanceof HTMLAnchorElement) {
      // A click elsewhere on a linked card follows the link (and comes back here through it).
      name.click();
      return;
    }
    this.emit(new NgoOrganizationSelectEvent(organization));
  }

  /** `lang` (and `dir` when it differs) for text shown in a fallback language. */
  #langOf(textLang: string | undefined) {
    const shown = textLang && textLang !== this.language ? (textLang as Language) : undefined;
    const dir = shown ? directionOf(shown) : undefined;
    return { lang: shown, dir: dir !== this.direction ? dir : undefined };
  }

  /** Text with the words of `highlight` wrapped in <mark>; always text nodes, never markup. */
  #marked(text: string): TemplateResult | string {
    const ranges = this.highlight.trim() ? highlightRanges(text, this.highlight) : [];
    if (!ranges.length) return text;
    const parts: (TemplateResult | string)[] = [];
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) parts.push(text.slice(at, start));
      parts.push(html`<mark part="mark">${text.slice(start, end)}</mark>`);
      at = end;
    }
    if (at < text.length) parts.push(text.slice(at));
    return html`${parts}`;
  }

  override render(): TemplateResult {
    const org = this.#loader.organization;
    if (!org) return this.#renderMessage();
    const language = this.language;
    const name = pickLocalized(org.name, language)!;
    const acronym = pickLocalized(org.acronym, language);
    const nameAttrs = this.#langOf(name.lang);
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    const href = pageUrl(this.href);
    // <bdi> isolates data text: bidi controls in a name cannot reorder the text around it.
    const nameText = html`<bdi>${this.#marked(name.text)}</bdi>`;

    return html`
      <article part="base" lang=${language} dir=${this.direction} @click=${this.#onClick}>
        <div part="heading" role="heading" aria-level=${level}>
          ${href
            ? html`<a part="name" href=${href} lang=${nameAttrs.lang ?? nothing} dir=${nameAttrs.dir ?? nothing}>${nameText}</a>`
            : html`<button part="name" type="button" lang=${nameAttrs.lang ?? nothing} dir=${nameAttrs.dir ?? nothing}>
                ${nameText}
              </button>`}
        </div>
        ${acronym && acronym.text !== name.text
          ? html`<p part="acronym" lang=${this.#langOf(acronym.lang).lang ?? nothing}><bdi>${this.#marked(acronym.text)}</bdi></p>`
          : nothing}
        ${org.provenance.fictional
          ? html`<p part="badge" lang=${this.localize.uiLanguage}>${this.localize.term('fictional')}</p>`
          : nothing}
        ${
          // Typing in the directory re-renders every card for its highlight; the facts below
          // the name only change with the organisation, the languages or the loaded names.
          guard([org, language, this.direction, this.localize.uiLanguage, this.#reference.ready], () => this.#renderDetails(org))
        }
      </article>
    `;
  }

  #renderMessage(): TemplateResult {
    const state = this.#loader.state;
    const { localize } = this;
    if (state === 'loading') return html`<p part="message" role="status" lang=${localize.uiLanguage}>${localize.term('loading')}</p>`;
    // One line: the whitespace of a template is in the bundle (the directory's has no bytes to spare).
    if (state === 'error') {
      return html`<p part="message" role="alert" lang=${localize.uiLanguage}>${errorMessage(localize, this.#loader.error, localize.term('notFound'))}</p><button part="retry" type="button" @click=${() => this.#loader.retry()}>${localize.term('retry')}</button>`;
    }
    return html``;
  }

  #renderDetails(org: Organization): TemplateResult | typeof nothing {
    const { localize } = this;
    const language = this.language;
    const city = org.headquarters?.city;
    const countryCode = org.headquarters?.country;
    const country = countryCode ? this.#reference.countryName(countryCode, language) : undefined;
    const website = webUrl(org.website);
    const rows: TemplateResult[] = [
      html`<div><dt>${localize.term('facet.status')}</dt><dd part="status">${partnershipLabel(org, localize)}</dd></div>`,
    ];
    if (city || country) {
      const countryHtml = country
        ? html`<span lang=${this.#langOf(country.lang).lang ?? nothing}>${country.text}</span>`
        : undefined;
      // The city is free text in its local form: isolated, and with no lang of its own.
      const cityHtml = city ? html`<bdi>${city}</bdi>` : undefined;
      const place = cityHtml && countryHtml ? this.#place(cityHtml, countryHtml) : (countryHtml ?? cityHtml);
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
        <dd><a part="website" href=${website.href} rel="noopener noreferrer" dir="ltr">${displayUrl(new URL(website.origin))}</a></dd>
      </div>`);
    }
    return rows.length > 0 ? html`<dl part="details">${rows}</dl>` : nothing;
  }

  /** "{city}, {country}" with the language's punctuation and order, keeping both as markup. */
  #place(city: TemplateResult, country: TemplateResult): TemplateResult {
    const template = this.localize.term('place');
    const parts = template.split(/(\{city\}|\{country\})/);
    return html`${parts.map((part) => (part === '{city}' ? city : part === '{country}' ? country : part))}`;
  }
}
