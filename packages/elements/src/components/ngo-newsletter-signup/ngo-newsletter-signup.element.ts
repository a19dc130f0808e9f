import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LANGUAGES, NEWSLETTER_SECTIONS, type Language, type NewsletterSubscriptionInput, type NewsletterTopic } from '@ngo-liaison/core';
import type { LiaisonClient } from '@ngo-liaison/client';
import { errorMessage } from '../../internal/error-message.js';
import { clientFor } from '../../internal/keyed-loader.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { enCommon } from '../../translations/en/common.js';
import { enNewsletter } from '../../translations/en/newsletter.js';
import { loadNewsletterAreas } from '../../translations/load-newsletter-areas.js';
import { tokens } from '../../styles/tokens.styles.js';
import { newsletterSignupStyles } from './ngo-newsletter-signup.styles.js';

/** What the form needs from a client (`createClient()` fits). */
export type NewsletterSignupSource = { newsletters: Pick<LiaisonClient['newsletters'], 'subscribe'> };

/** Each language named in itself: a reader finds their own whatever the page's language. */
const AUTONYMS: Record<Language, string> = { ar: 'العربية', en: 'English', es: 'Español', fr: 'Français', ru: 'Русский', zh: '中文' };

type Field = 'email' | 'language' | 'topics';

/**
 * @summary Subscribe to the monthly newsletter with double opt-in: an e-mail address, a language
 * (the page's by default) and topics (all by default). After sending, it asks the reader to
 * confirm from their inbox.
 *
 * @tagname ngo-newsletter-signup
 *
 * @csspart base - The form.
 * @csspart heading - The heading.
 * @csspart field - One labelled field.
 * @csspart input - The e-mail input and the language select.
 * @csspart topics - The topics fieldset.
 * @csspart field-error - A field's error message.
 * @csspart submit - The Subscribe button.
 * @csspart message - The live region: "check your inbox" or what went wrong.
 *
 * @cssprop --ngo-color-primary - The button.
 * @cssprop --ngo-color-danger - Field errors.
 * @cssprop --ngo-space-m - Spacing.
 */
export class NgoNewsletterSignup extends LiaisonElement {
  static override styles = [tokens, sharedStyles, newsletterSignupStyles];

  /** URL of the API's `/v1`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A client to send with; wins over `api-base` (property only). No token is needed or kept. */
  @property({ attribute: false }) client?: NewsletterSignupSource;

  /** Level of the heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private sending = false;
  @state() private done = false;
  @state() private fieldErrors: Partial<Record<Field, string>> = {};
  @state() private failure: unknown;
  /** The language chosen, until then the page's. */
  @state() private chosenLanguage?: Language;

  protected readonly localize = new LocalizeController(this, [enCommon, enNewsletter], loadNewsletterAreas);

  /** `idle`, `sending`, `sent` (the confirmation mail is on its way), `invalid` (a field is named) or `error`. */
  get state(): 'idle' | 'sending' | 'sent' | 'invalid' | 'error' {
    if (this.sending) return 'sending';
    if (this.done) return 'sent';
    if (Object.keys(this.fieldErrors).length) return 'invalid';
    return this.failure ? 'error' : 'idle';
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const topics = data.getAll('topics') as NewsletterTopic[];
    const input: NewsletterSubscriptionInput = {
      email: String(data.get('email') ?? '').trim(),
      language: (data.get('language') as Language | null) ?? this.language,
      // Every topic is the default: send none rather than the whole list.
      ...(topics.length === NEWSLETTER_SECTIONS.length ? {} : { topics }),
    };
    const source = this.client ?? clientFor(this.apiBase);
    if (!source) return;
    this.sending = true;
    this.failure = undefined;
    this.fieldErrors = {};
    try {
      await source.newsletters.subscribe(input);
      this.done = true;
    } catch (error) {
      const issues = (error as { issues?: { path: string; message: string }[] }).issues;
      if (issues?.length) {
        const errors: Partial<Record<Field, string>> = {};
        for (const issue of issues) {
          const field = issue.path.split(/[.[]/)[0] as Field;
          if (field === 'email' || field === 'language' || field === 'topics') errors[field] ??= issue.message;
        }
        this.fieldErrors = errors;
        await this.updateComplete;
        const first = Object.keys(errors)[0];
        this.renderRoot.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
        if (!first) this.failure = error;
      } else {
        this.failure = error;
      }
    } finally {
      this.sending = false;
    }
  }

  #error(field: Field): TemplateResult | typeof nothing {
    const message = this.fieldErrors[field];
    return message
      ? html`<p part="field-error" id="${field}-error">${this.localize.term('newsletter.fieldError')} <span lang="en">${message}</span></p>`
      : nothing;
  }

  override render(): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const language = this.chosenLanguage ?? this.language;
    const invalid = (field: Field) => (this.fieldErrors[field] ? 'true' : 'false');
    return html`<form part="base" lang=${ui} dir=${this.direction} novalidate @submit=${this.#submit}>
      <div part="heading" role="heading" aria-level=${level}>${localize.term('newsletter.signupHeading')}</div>
      <div part="field">
        <label for="email">${localize.term('newsletter.email')}</label>
        <input part="input" id="email" name="email" type="email" autocomplete="email" required dir="ltr"
          aria-invalid=${invalid('email')} aria-describedby=${this.fieldErrors.email ? 'email-error' : nothing} />
        ${this.#error('email')}
      </div>
      <div part="field">
        <label for="language">${localize.term('newsletter.language')}</label>
        <select part="input" id="language" name="language" aria-invalid=${invalid('language')}
          aria-describedby=${this.fieldErrors.language ? 'language-error' : nothing}
          @change=${(e: Event) => (this.chosenLanguage = (e.target as HTMLSelectElement).value as Language)}>
          ${LANGUAGES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === language}>${AUTONYMS[l]}</option>`)}
        </select>
        ${this.#error('language')}
      </div>
      <fieldset part="topics" aria-describedby="topics-hint${this.fieldErrors.topics ? ' topics-error' : ''}">
        <legend>${localize.term('newsletter.topics')}</legend>
        <p id="topics-hint">${localize.term('newsletter.topicsHint')}</p>
        ${NEWSLETTER_SECTIONS.map(
          (topic) => html`<label><input type="checkbox" name="topics" value=${topic} checked /> ${localize.term(`newsletter.topic.${topic}`)}</label>`,
        )}
        ${this.#error('topics')}
      </fieldset>
      <button part="submit" type="submit" ?disabled=${this.sending}>
        ${localize.term(this.sending ? 'newsletter.subscribing' : 'newsletter.subscribe')}
      </button>
      <p part="message" role="status" aria-live="polite">
        ${this.done ? localize.term('newsletter.checkInbox') : this.failure ? errorMessage(localize, this.failure) : nothing}
      </p>
    </form>`;
  }
}
