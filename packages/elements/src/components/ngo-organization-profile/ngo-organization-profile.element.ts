import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { directionOf, pickLocalized, type Language, type Organization, type PartialLocalizedText } from '@ngo-liaison/core';
import { partnershipLabel } from '../../internal/partnership-label.js';
import { errorMessage } from '../../internal/error-message.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { enCommon } from '../../translations/en/common.js';
import { enOrganizations } from '../../translations/en/organizations.js';
import { enProfile } from '../../translations/en/profile.js';
import { loadOtherAreas } from '../../translations/load-other-areas.js';
import { OrganizationLoader, type OrganizationGetter } from '../../internal/organization-loader.js';
import { conceptLabel } from '../../internal/concept-labels.js';
import { ReferenceController, sdgLabel, sdgLabelContent } from '../../internal/reference-controller.js';
import { displayUrl, webUrl } from '../../internal/safe-url.js';
import { tokens } from '../../styles/tokens.styles.js';
import { renderContacts, renderHistory, renderSources, type ProfileContext } from './profile-sections.js';
import { profileStyles } from './ngo-organization-profile.styles.js';
import { VcardLinkController } from './vcard-link.js';

/**
 * @summary Everything Liaison knows about one organisation: names in the viewer's language
 * (with marked fallbacks), partnership history with UNESCO, sectors, SDGs with their titles,
 * countries of presence (names from curated data in the six UN languages), website, contacts
 * (fictional ones labelled, with a link to the API's contact card) and the sources of every fact.
 *
 * @tagname ngo-organization-profile
 *
 * @csspart base - The profile's box (`<article>`).
 * @csspart header - Name, acronym, badge and description.
 * @csspart name - The organisation's name (a heading).
 * @csspart acronym - The acronym.
 * @csspart badge - The "fictional organisation" label on demo data.
 * @csspart description - The description.
 * @csspart facts - The list of key facts (`<dl>`).
 * @csspart website - The link to the organisation's website.
 * @csspart section - Each titled section (partnership, sectors, SDGs, countries, fields, contacts, sources).
 * @csspart section-heading - The title of a section.
 * @csspart history - The partnership history (`<ol>`, oldest first).
 * @csspart history-entry - One entry of the history; the one in force also has `history-current`.
 * @csspart tags - A list of sectors, SDGs, countries or fields of interest.
 * @csspart tag - One item of such a list.
 * @csspart contacts - The list of contacts.
 * @csspart contact - One contact.
 * @csspart contact-badge - The "fictional contact" label.
 * @csspart vcard - The "Download contact card (vCard)" link: shown when the profile knows an API
 *   (`api-base` or `client`) and the organisation has a contact the API exports (fictional or published).
 * @csspart sources - The list of source links.
 * @csspart source - One source link.
 * @csspart provenance - When the sources were read and whether every fact was checked.
 * @csspart note - A note on the sources (in English, as the data gives it).
 * @csspart message - The loading or error text when the profile loads by `org-id`.
 * @csspart retry - The Retry button after an error.
 *
 * @cssprop --ngo-color-text - Text colour.
 * @cssprop --ngo-color-text-muted - Labels and secondary text.
 * @cssprop --ngo-color-surface - Background.
 * @cssprop --ngo-color-surface-muted - Background of tags and badges.
 * @cssprop --ngo-color-border - Borders.
 * @cssprop --ngo-color-primary - Links and the current partnership entry.
 * @cssprop --ngo-space-m - Gaps between sections.
 * @cssprop --ngo-font-family - Font family.
 */
export class NgoOrganizationProfile extends LiaisonElement {
  static override styles = [tokens, profileStyles];

  /** The organisation to show (property only). Wins over `org-id`. */
  @property({ attribute: false }) organization?: Organization;

  /** Id of an organisation to load from `api-base` or `client` (e.g. `icom`). */
  @property({ attribute: 'org-id' }) orgId?: string;

  /** URL of the API's `/v1`, to load `org-id` from. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A client to load `org-id` from; wins over `api-base` (property only). */
  @property({ attribute: false }) client?: OrganizationGetter;

  /** Level of the heading with the name (1–5); section headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly localize = new LocalizeController(this, [enCommon, enOrganizations, enProfile], loadOtherAreas);
  readonly #reference = new ReferenceController(this);
  readonly #loader = new OrganizationLoader(this);
  // After the loader: it reads the organisation the loader has just settled on.
  readonly #vcard = new VcardLinkController(this, () => this.#loader.organization);

  /** What the profile shows: `ready` with an organisation, else `loading`, `error` or `idle`. */
  get state(): 'idle' | 'loading' | 'ready' | 'error' {
    return this.#loader.organization ? 'ready' : this.#loader.state === 'ready' ? 'idle' : this.#loader.state;
  }

  /** `lang` (and `dir` when it differs) for text shown in a fallback language. */
  #langOf(textLang: string | undefined): { lang: Language | undefined; dir: 'ltr' | 'rtl' | undefined } {
    const shown = textLang && textLang !== this.language ? (textLang as Language) : undefined;
    const dir = shown ? directionOf(shown) : undefined;
    return { lang: shown, dir: dir !== this.direction ? dir : undefined };
  }

  /** Localised data text, marked with its language when it is a fallback, and isolated. */
  #text(value: PartialLocalizedText | undefined): TemplateResult | typeof nothing {
    const picked = pickLocalized(value, this.language);
    if (!picked) return nothing;
    const { lang, dir } = this.#langOf(picked.lang);
    return html`<bdi lang=${lang ?? nothing} dir=${dir ?? nothing}>${picked.text}</bdi>`;
  }

  #context(): ProfileContext {
    const uiLanguage = this.localize.uiLanguage;
    const years = new Intl.NumberFormat(uiLanguage, { useGrouping: false });
    return {
      localize: this.localize,
      language: this.language,
      headingLevel: Math.min(6, Math.max(2, (Math.trunc(this.headingLevel) || 2) + 1)),
      year: (value) => years.format(value),
      text: (value) => this.#text(value),
      vcardUrl: this.#vcard.url,
      nameId: 'name',
    };
  }

  override render(): TemplateResult {
    const org = this.#loader.organization;
    if (!org) return this.#renderMessage();
    const { localize } = this;
    const language = this.language;
    const name = pickLocalized(org.name, language)!;
    const nameAttrs = this.#langOf(name.lang);
    const acronym = pickLocalized(org.acronym, language);
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const context = this.#context();
    const ui = localize.uiLanguage;

    return html`
      <article part="base" lang=${language} dir=${this.direction}>
        <header part="header">
          <div part="name" id="name" role="heading" aria-level=${level} lang=${nameAttrs.lang ?? nothing} dir=${nameAttrs.dir ?? nothing}>
            <bdi>${name.text}</bdi>
          </div>
          ${acronym && acronym.text !== name.text
            ? html`<p part="acronym" lang=${this.#langOf(acronym.lang).lang ?? nothing}><bdi>${acronym.text}</bdi></p>`
            : nothing}
          ${org.provenance.fictional ? html`<p part="badge" lang=${ui}>${localize.term('fictional')}</p>` : nothing}
          ${org.description ? html`<p part="description">${this.#text(org.description)}</p>` : nothing}
        </header>
        ${this.#renderFacts(org, context)} ${renderHistory(org, context)}
        ${this.#renderTags('sectors', org.sectors.map((code) => this.#picked(this.#reference.sectorName(code, language))))}
        ${this.#renderTags(
          'facet.sdg',
          [...new Set(org.sdgs ?? [])].sort((a, b) => a - b).map((n) => this.#sdg(n)),
        )}
        ${this.#renderTags('facet.country', this.#countries(org.countriesOfPresence ?? []))}
        ${this.#renderTags('facet.interest', org.fieldsOfInterest.map((id) => html`<bdi>${conceptLabel(this, id, language)}</bdi>`))}
        ${renderContacts(org, context)} ${renderSources(org, context)}
      </article>
    `;
  }

  #renderMessage(): TemplateResult {
    const state = this.#loader.state;
    const ui = this.localize.uiLanguage;
    if (state === 'loading') return html`<p part="message" role="status" lang=${ui}>${this.localize.term('loading')}</p>`;
    if (state === 'error') {
      return html`<div part="message" role="alert" lang=${ui}>
        <p>${errorMessage(this.localize, this.#loader.error, this.localize.term('notFound'))}</p>
        <button part="retry" type="button" @click=${() => this.#loader.retry()}>${this.localize.term('retry')}</button>
      </div>`;
    }
    return html``;
  }

  /**
   * "SDG 4: Quality education": the pattern is in the UI language, the title in the
   * element's (or a fallback's); each part is marked when it differs from its surroundings.
   */
  #sdg(goal: number): TemplateResult {
    const ui = this.localize.uiLanguage;
    const content = sdgLabelContent(sdgLabel(goal, this.language, this.localize), ui);
    return html`<span lang=${ui !== this.language ? ui : nothing}>${content}</span>`;
  }

  #picked(picked: { text: string; lang?: string | undefined }): TemplateResult {
    return html`<span lang=${this.#langOf(picked.lang).lang ?? nothing}>${picked.text}</span>`;
  }

  /** Country names from the curated reference data, in the collation order of the language. */
  #countries(codes: readonly string[]): TemplateResult[] {
    const collator = new Intl.Collator(this.language);
    return [...new Set(codes)]
      .map((code) => this.#reference.countryName(code, this.language))
      .sort((a, b) => collator.compare(a.text, b.text))
      .map((country) => this.#picked(country));
  }

  #renderTags(title: 'sectors' | 'facet.sdg' | 'facet.country' | 'facet.interest', items: TemplateResult[]) {
    if (items.length === 0) return nothing;
    const level = this.#context().headingLevel;
    return html`<section part="section" lang=${this.localize.uiLanguage}>
      <div part="section-heading" role="heading" aria-level=${level}>${this.localize.term(title)}</div>
      <ul part="tags" role="list" lang=${this.language}>
        ${items.map((item) => html`<li part="tag">${item}</li>`)}
      </ul>
    </section>`;
  }

  #renderFacts(org: Organization, context: ProfileContext): TemplateResult {
    const { localize } = this;
    const language = this.language;
    const rows: TemplateResult[] = [];
    const row = (label: string, value: unknown, part?: string) =>
      rows.push(html`<div><dt lang=${localize.uiLanguage}>${label}</dt><dd part=${part ?? nothing}>${value}</dd></div>`);

    row(localize.term('facet.status'), partnershipLabel(org, localize));
    row(localize.term('facet.kind'), localize.term(`kind.${org.kind}`));
    const hq = org.headquarters;
    if (hq?.city || hq?.country) {
      const country = hq.country ? this.#picked(this.#reference.countryName(hq.country, language)) : undefined;
      const city = hq.city ? html`<bdi>${hq.city}</bdi>` : undefined;
      const place =
        city && country
          ? html`${localize
              .term('place')
              .split(/(\{city\}|\{country\})/)
              .map((part) => (part === '{city}' ? city : part === '{country}' ? country : part))}`
          : (country ?? city);
      row(localize.term('headquarters'), place);
    }
    if (org.founded) row(localize.term('founded'), context.year(org.founded));
    if (org.scope) row(localize.term('facet.scope'), localize.term(`scope.${org.scope}`));
    const website = webUrl(org.website);
    if (website) {
      row(
        localize.term('website'),
        html`<a part="website" href=${website.href} rel="noopener noreferrer" dir="ltr">${displayUrl(website)}</a>`,
      );
    }
    if (org.workingLanguages?.length) row(localize.term('facet.language'), this.#languageNames(org.workingLanguages));
    if (org.formerNames?.length) {
      row(
        localize.term('formerNames'),
        html`<ul role="list">${org.formerNames.map((former) => html`<li>${this.#text(former)}</li>`)}</ul>`,
      );
    }
    if (org.identifiers.length) {
      row(
        localize.term('identifiers'),
        html`<ul role="list">
          ${org.identifiers.map((id) => html`<li><span lang="en">${id.scheme}</span> <bdi dir="ltr">${id.value}</bdi></li>`)}
        </ul>`,
      );
    }
    return html`<dl part="facts">${rows}</dl>`;
  }

  /** Working languages by name in the UI language (Intl: ISO 639 names are not political). */
  #languageNames(codes: readonly string[]): string {
    const ui = this.localize.uiLanguage;
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([ui], { type: 'language' });
    } catch {
      names = undefined;
    }
    const list = codes.map((code) => {
      try {
        return names?.of(code) ?? code;
      } catch {
        return code;
      }
    });
    return new Intl.ListFormat(ui, { style: 'long', type: 'conjunction' }).format(list);
  }
}
