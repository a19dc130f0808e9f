import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { pickLocalized, type FocalPoint, type PartialLocalizedText, type SectorCode } from '@ngo-liaison/core';
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
import { contactUrl } from '../../internal/safe-url.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { focalPointsStyles } from './ngo-focal-points.styles.js';

/** What the list needs from a client (`createClient()` fits). */
export type FocalPointSource = Pick<LiaisonClient, 'focalPoints'>;

/**
 * @summary The focal points NGOs can turn to for a sector, a field office or a programme:
 * roles, never named people, with contact details only for fictional or public roles.
 *
 * @tagname ngo-focal-points
 *
 * @csspart base - The element's box.
 * @csspart heading - The "Focal points" heading.
 * @csspart list - The list of roles.
 * @csspart item - One role.
 * @csspart role - The role's name.
 * @csspart badge - The "fictional role" or "fictional contact" label.
 * @csspart scope - What the role answers for (a sector or a field office).
 * @csspart description - The role's description.
 * @csspart contacts - Its contacts.
 * @csspart contact - One contact.
 * @csspart message - Loading, empty and error messages.
 * @csspart retry - The Retry button after an error.
 *
 * @cssprop --ngo-color-surface - Background of each role.
 * @cssprop --ngo-color-border - Borders.
 * @cssprop --ngo-color-primary - Links.
 * @cssprop --ngo-space-m - Padding.
 */
export class NgoFocalPoints extends LiaisonElement {
  static override styles = [tokens, sharedStyles, focalPointsStyles];

  /** Sector code (ED, SC, SHS, CLT, CI). */
  @property() sector?: string;

  /** Field office code (e.g. `abuja`). */
  @property({ attribute: 'field-office' }) fieldOffice?: string;

  /** Programme id. */
  @property() programme?: string;

  /** URL of the API's `/v1`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A client to load from; wins over `api-base` (property only). */
  @property({ attribute: false }) client?: FocalPointSource;

  /** Focal points to show without loading anything (property only). */
  @property({ attribute: false }) items?: FocalPoint[];

  /** Level of the heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly localize = new LocalizeController(this, [enCommon, enProgrammes], loadOtherAreas);
  readonly #reference = new ReferenceController(this);
  readonly #offices = new OfficeNamesController(this);

  readonly #loader = new KeyedLoader<FocalPoint[]>(this, () => {
    const source = this.client ?? clientFor(this.apiBase);
    const filter = {
      ...(this.sector?.trim() ? { sector: this.sector.trim() as SectorCode } : {}),
      ...(this.fieldOffice?.trim() ? { fieldOffice: this.fieldOffice.trim() } : {}),
      ...(this.programme?.trim() ? { programme: this.programme.trim() } : {}),
    };
    if (this.items || !source) return undefined;
    return {
      key: `${sourceKey(source)}|${JSON.stringify(filter)}`,
      load: (signal) => source.focalPoints.list({ ...filter, limit: 100, signal }).toArray({ max: 1000 }),
    };
  });

  /** `loading`, `ready`, `empty`, `error`, or `idle`. */
  get state(): 'idle' | 'loading' | 'ready' | 'empty' | 'error' {
    const items = this.items ?? this.#loader.value;
    if (items) return items.length ? 'ready' : 'empty';
    return this.#loader.state === 'ready' ? 'idle' : this.#loader.state;
  }

  #text(value: PartialLocalizedText | undefined): TemplateResult | typeof nothing {
    const picked = pickLocalized(value, this.language);
    if (!picked) return nothing;
    return html`<bdi lang=${picked.lang !== this.language ? picked.lang : nothing}>${picked.text}</bdi>`;
  }

  override render(): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    const items = this.items ?? this.#loader.value;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<section part="base" lang=${this.language} dir=${this.direction}>
      <div part="heading" role="heading" aria-level=${level} lang=${ui}>${localize.term('focal.label')}</div>
      ${items ? this.#renderList(items) : this.#renderMessage()}
    </section>`;
  }

  #renderList(items: FocalPoint[]): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    if (!items.length) return html`<p part="message" lang=${ui}>${localize.term('focal.empty')}</p>`;
    return html`<ul part="list">
      ${items.map((f) => {
        const scope =
          f.scope.kind === 'sector'
            ? this.#reference.sectorName(f.scope.sector, this.language)
            : f.scope.kind === 'field-office'
              ? this.#offices.name(f.scope.fieldOffice, this.language)
              : undefined;
        return html`<li part="item">
          <p part="role">${this.#text(f.role)}</p>
          ${f.provenance.fictional ? html`<span part="badge" lang=${ui}>${localize.term('focal.fictional')}</span>` : nothing}
          ${scope ? html`<p part="scope" lang=${ui}>${localize.term('focal.for', { scope: scope.text })}</p>` : nothing}
          ${f.description ? html`<p part="description">${this.#text(f.description)}</p>` : nothing}
          ${f.contacts.length
            ? html`<ul part="contacts" aria-label=${localize.term('contacts')} lang=${ui}>
                ${f.contacts.map((contact) => {
                  const href = contactUrl(contact.kind, contact.value);
                  return html`<li part="contact">
                    <span>${localize.term(`contact.${contact.kind}`)}:</span>
                    ${href ? html`<a href=${href}><bdi>${contact.value}</bdi></a>` : html`<bdi>${contact.value}</bdi>`}
                    ${contact.fictional ? html`<span part="badge">${localize.term('fictionalContact')}</span>` : nothing}
                  </li>`;
                })}
              </ul>`
            : nothing}
        </li>`;
      })}
    </ul>`;
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
