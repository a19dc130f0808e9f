import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { directionOf, type NewsletterIssue, type NewsletterSummary } from '@ngo-liaison/core';
import type { LiaisonClient } from '@ngo-liaison/client';
import { errorMessage } from '../../internal/error-message.js';
import { KeyedLoader, clientFor, sourceKey } from '../../internal/keyed-loader.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { webUrl } from '../../internal/safe-url.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { enCommon } from '../../translations/en/common.js';
import { enNewsletter } from '../../translations/en/newsletter.js';
import { loadNewsletterAreas } from '../../translations/load-newsletter-areas.js';
import { tokens } from '../../styles/tokens.styles.js';
import { newsletterArchiveStyles } from './ngo-newsletter-archive.styles.js';

/** What the archive needs from a client (`createClient()` fits). */
export type NewsletterArchiveSource = { newsletters: Pick<LiaisonClient['newsletters'], 'list' | 'get'> };

/**
 * @summary The newsletter's archive: its issues by month, newest first, in the page's language;
 * opening one shows the issue's sections and items from its JSON (text only; no script, nothing
 * reaches the parent page) and offers its plain-text version.
 *
 * @tagname ngo-newsletter-archive
 *
 * @csspart base - The element's box.
 * @csspart heading - The heading.
 * @csspart list - The list of issues.
 * @csspart item - One issue.
 * @csspart open - The button that opens an issue.
 * @csspart issue - The open issue.
 * @csspart back - The button back to the list.
 * @csspart issue - The issue opened: `issue-title`, `introduction`, each `section` with its
 *   `section-heading` and `items`, an `item` with `item-title`, `item-group` and `item-detail`.
 * @csspart plain-text - The link to the plain-text version.
 * @csspart message - Loading, empty and error messages.
 * @csspart retry - The Retry button after an error.
 *
 * @cssprop --ngo-color-border - Borders.
 * @cssprop --ngo-space-m - Spacing.
 */
export class NgoNewsletterArchive extends LiaisonElement {
  static override styles = [tokens, sharedStyles, newsletterArchiveStyles];

  /** URL of the API's `/v1`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A client to load from; wins over `api-base` (property only). */
  @property({ attribute: false }) client?: NewsletterArchiveSource;

  /** Level of the heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The month (`yyyy-mm`) shown, or none for the list; reflected so a page may link to an issue. */
  @property({ reflect: true }) month?: string;

  /** The plain-text blob URL and the issue it was made for (not reactive: render makes it). */
  #textUrl?: string;
  #textOf?: NewsletterIssue;

  protected readonly localize = new LocalizeController(this, [enCommon, enNewsletter], loadNewsletterAreas);

  #source(): NewsletterArchiveSource | undefined {
    return this.client ?? clientFor(this.apiBase);
  }

  readonly #archive = new KeyedLoader<NewsletterSummary[]>(this, () => {
    const source = this.#source();
    if (!source) return undefined;
    const lang = this.language;
    return { key: `${sourceKey(source)}|${lang}`, load: (signal) => source.newsletters.list({ lang, signal }) };
  });

  readonly #issue = new KeyedLoader<NewsletterIssue>(this, () => {
    const source = this.#source();
    const month = this.month?.trim();
    if (!source || !month) return undefined;
    const lang = this.language;
    return { key: `${sourceKey(source)}|${month}|${lang}`, load: (signal) => source.newsletters.get(month, { lang, signal }) };
  });

  /** `loading`, `ready`, `empty`, `error` or `idle`: of the open issue when `month` is set, else of the list. */
  get state(): 'idle' | 'loading' | 'ready' | 'empty' | 'error' {
    if (this.month?.trim()) return this.#issue.value ? 'ready' : this.#issue.state === 'ready' ? 'idle' : this.#issue.state;
    const items = this.#archive.value;
    if (items) return items.length ? 'ready' : 'empty';
    return this.#archive.state === 'ready' ? 'idle' : this.#archive.state;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#textUrl) URL.revokeObjectURL(this.#textUrl);
    this.#textUrl = this.#textOf = undefined;
  }

  async #open(month: string | undefined): Promise<void> {
    const returning = this.month;
    this.month = month;
    await this.updateComplete;
    // Keyboard users land where they were heading: the issue's Back button, or the issue they left.
    const target = month
      ? this.renderRoot.querySelector<HTMLElement>('[part="back"]')
      : this.renderRoot.querySelector<HTMLElement>(`[data-month="${returning}"]`);
    target?.focus();
  }

  /** The plain text as a blob URL of its own: readable, savable, never parsed as HTML. */
  #plainText(issue: NewsletterIssue): string | undefined {
    if (!issue.text) return undefined;
    if (this.#textOf === issue && this.#textUrl) return this.#textUrl;
    if (this.#textUrl) URL.revokeObjectURL(this.#textUrl);
    this.#textOf = issue;
    return (this.#textUrl = URL.createObjectURL(new Blob([issue.text], { type: 'text/plain;charset=utf-8' })));
  }

  override render(): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<section part="base" lang=${this.language} dir=${this.direction}>
      <div part="heading" role="heading" aria-level=${level} lang=${ui}>${localize.term('newsletter.archiveHeading')}</div>
      ${this.month?.trim() ? this.#renderIssue() : this.#renderList()}
    </section>`;
  }

  #renderList(): TemplateResult {
    const { localize } = this;
    const items = this.#archive.value;
    if (!items) return this.#renderMessage(this.#archive);
    if (!items.length) return html`<p part="message" lang=${localize.uiLanguage}>${localize.term('newsletter.empty')}</p>`;
    return html`<ul part="list">
      ${items.map(
        (item) => html`<li part="item">
          <button part="open" type="button" data-month=${item.month} @click=${() => this.#open(item.month)}>
            <time datetime=${item.month}>${item.month}</time> — <bdi>${item.title}</bdi>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  #renderIssue(): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    const issue = this.#issue.value;
    const back = html`<button part="back" type="button" lang=${ui} @click=${() => this.#open(undefined)}>${localize.term('newsletter.back')}</button>`;
    // One template for loading and loaded, so the Back button (which has focus) stays the same node.
    return html`${back}${issue ? this.#renderFrame(issue) : this.#renderMessage(this.#issue)}`;
  }

  /**
   * The issue from its JSON, in this element's shadow DOM: its e-mail HTML carries inline styles,
   * which a page under a strict Content-Security-Policy (style-src 'self') refuses even in a
   * sandboxed frame; the JSON holds the same sections and items. Text is rendered as text.
   */
  #renderFrame(issue: NewsletterIssue): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    const textUrl = this.#plainText(issue);
    const dir = directionOf(issue.language);
    return html`<article part="issue" lang=${issue.language} dir=${dir} aria-labelledby="issue-title">
      <div part="issue-title" id="issue-title" role="heading" aria-level="3">${issue.title}</div>
      ${issue.introduction ? html`<p part="introduction">${issue.introduction}</p>` : nothing}
      ${issue.sections.map(
        (section) => html`<section part="section" aria-label=${section.heading}>
          <div part="section-heading" role="heading" aria-level="4">${section.heading}</div>
          <ul part="items">
            ${section.items.map(
              (item) => html`<li part="item">
                ${webUrl(item.url) ? html`<a part="item-title" href=${webUrl(item.url)!.href}>${item.title}</a>` : html`<span part="item-title">${item.title}</span>`}
                ${item.group ? html`<span part="item-group">${item.group}</span>` : nothing}
                ${item.detail ? html`<span part="item-detail">${item.detail}</span>` : nothing}
              </li>`,
            )}
          </ul>
        </section>`,
      )}
      ${textUrl
        ? html`<a part="plain-text" href=${textUrl} download=${`newsletter-${issue.month}-${issue.language}.txt`} lang=${ui}>${localize.term('newsletter.plainText')}</a>`
        : nothing}
    </article>`;
  }

  #renderMessage(loader: KeyedLoader<unknown>): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    if (loader.state === 'loading') return html`<p part="message" role="status" lang=${ui}>${localize.term('loading')}</p>`;
    if (loader.state === 'error') {
      return html`<div part="message" role="alert" lang=${ui}>
        <p>${errorMessage(localize, loader.error)}</p>
        <button part="retry" type="button" @click=${() => loader.reload()}>${localize.term('retry')}</button>
      </div>`;
    }
    return html``;
  }
}
