import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { FORUM_PHASES, directionOf, pickLocalized, type EventForumThemes, type ForumThemeStanding, type ForumThemeSupportInput, type Language, type PhaseRegistration } from '@ngo-liaison/core';
import { errorMessage } from '../../internal/error-message.js';
import type { ForumThemesClient } from '../../internal/forms-client.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { writeFailure } from '../../internal/write-client.js';
import { NgoForumThemeChangeEvent } from '../../events/ngo-forum-theme-change.js';
import { tokens } from '../../styles/tokens.styles.js';
import { enCommon } from '../../translations/en/common.js';
import { enForumThemes } from '../../translations/en/forum-themes.js';
import { loadForumThemesAreas } from '../../translations/load-forum-themes-areas.js';
import { editorStyles } from '../ngo-organization-editor/ngo-organization-editor.styles.js';
import { forumThemesStyles } from './ngo-forum-themes.styles.js';

export type ForumThemesState = 'idle' | 'loading' | 'ready' | 'error';

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

/**
 * @summary The themes proposed for an ICNGO, an International NGO Forum or a General Conference
 * NGO-space session (paragraphs 9–12 of the working-group paper), as public standings with the
 * supports of Member States and of NGOs counted apart; a signed-in Member State or NGO editor
 * proposes a theme and supports one with a single button (pressed again, it withdraws the
 * support). Once the Secretariat has chosen, the chosen theme and its reasons lead, and
 * proposals and supports close.
 *
 * @tagname ngo-forum-themes
 *
 * @event ngo-forum-theme-change - {NgoForumThemeChangeEvent} A theme was proposed, supported, or a support withdrawn.
 *
 * @csspart container - The whole element; `heading` its title.
 * @csspart choice - The chosen theme: `choice-title`, `choice-theme`, `choice-reasons`.
 * @csspart standings - The ordered list of themes; `standing` one (also `chosen`), with `theme-title`,
 *   `theme-description` and `counts`.
 * @csspart support - A theme's Support button (`aria-pressed` once the reader supports it).
 * @csspart base - The proposal form; `field`, `label`, `input`, `actions`, `save`.
 * @csspart status - The live region saying what the last action did (`status-error` when it failed).
 * @csspart empty - No theme yet; `closed` proposals closed.
 * @csspart registrations - Member States' phase registrations, read-only (when the client can list them):
 *   `registrations-title`, `phases` (a description list), `phase` one phase with `phase-name` and a
 *   `registration` per Member State and role; `no-registrations` when there is none.
 * @csspart message - The loading or error text; `retry` its button.
 *
 * @cssprop --ngo-color-primary - Buttons.
 * @cssprop --ngo-color-border - Borders.
 * @cssprop --ngo-color-focus - Focus outline.
 */
export class NgoForumThemes extends LiaisonElement {
  static override styles = [tokens, sharedStyles, editorStyles, forumThemesStyles];

  /** The Liaison client (property only; the element never sees or keeps a credential). */
  @property({ attribute: false }) client?: ForumThemesClient;

  /** The event whose themes to show (an ICNGO, International NGO Forum or GC NGO-space event id). */
  @property() event?: string;

  /** The NGO the reader acts for, when they edit one and also act for a Member State or edit several. */
  @property() organization?: string;

  /** The Member State the reader acts for (ISO 3166-1 alpha-2), when they act for several. */
  @property() country?: string;

  /** Level of the title (1–5); the chosen theme's heading is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly localize = new LocalizeController(this, [enCommon, enForumThemes], loadForumThemesAreas);

  #state: ForumThemesState = 'idle';
  #loadError: unknown;
  #loadToken = 0;
  #data?: EventForumThemes;
  /** Member States' phase registrations; undefined when the client cannot list them or the read failed (the themes still show). */
  #registrations?: readonly PhaseRegistration[];
  #status = '';
  #failed = false;
  #title = '';
  #description = '';
  /** Themes the reader supports, as learnt in this page (the standings are public and name nobody). */
  #supported = new Set<string>();
  #busy = new Set<string>();

  /** `ready` once loaded; `loading`, `error`, or `idle` without a client or event. */
  get state(): ForumThemesState {
    return this.#state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('event') || (changed.has('client') && this.#state !== 'ready')) void this.#load();
  }

  async #load(): Promise<void> {
    const { client, event } = this;
    const token = ++this.#loadToken;
    if (!client || !event) return void (this.#state = 'idle');
    if (this.#state !== 'ready') this.#state = 'loading';
    try {
      const [data, registrations] = await Promise.all([client.forumThemes.list(event), client.forumThemes.registrations?.(event).catch(() => undefined)]);
      if (token !== this.#loadToken) return;
      this.#data = data;
      this.#registrations = registrations;
      this.#state = 'ready';
    } catch (error) {
      if (token !== this.#loadToken) return;
      this.#loadError = error;
      this.#state = 'error';
    }
    this.requestUpdate();
  }

  get #party(): ForumThemeSupportInput {
    return this.organization ? { organization: this.organization } : this.country ? { country: this.country } : {};
  }

  #say(status: string, failed = false): void {
    this.#status = status;
    this.#failed = failed;
    this.requestUpdate();
  }

  /** A refusal in words: signed out, not a Member State or NGO editor, or what the server said. */
  #reason(error: unknown): string {
    const failure = writeFailure(error);
    if (failure.kind === 'http' && (failure.status === 401 || failure.status === 403)) return this.localize.term('forumThemes.signIn');
    if (failure.kind === 'http' && failure.status === 400 && failure.issues.length) return failure.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    return errorMessage(this.localize, error);
  }

  async #propose(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    const { client, event } = this;
    if (!client || !event || this.#busy.has('propose')) return;
    const language = this.localize.uiLanguage as Language;
    const title = this.#title.trim();
    if (!title) {
      this.#say(this.localize.term('forumThemes.titleRequired'), true);
      return void this.renderRoot.querySelector<HTMLElement>('#theme-title')?.focus();
    }
    const description = this.#description.trim();
    this.#busy.add('propose');
    this.#say(this.localize.term('forumThemes.sending'));
    try {
      const theme = await client.forumThemes.propose(event, { title: { [language]: title }, description: description ? { [language]: description } : {}, ...this.#party });
      this.#title = '';
      this.#description = '';
      await this.#load();
      this.#say(this.localize.term('forumThemes.proposed'));
      this.emit(new NgoForumThemeChangeEvent('proposed', theme.id));
    } catch (error) {
      this.#say(this.localize.term('forumThemes.sendFailed', { reason: this.#reason(error) }), true);
    }
    this.#busy.delete('propose');
    this.requestUpdate();
  }

  /** One button per theme: supports it, or withdraws the reader's support when pressed again. */
  async #toggle(standing: ForumThemeStanding): Promise<void> {
    const { client } = this;
    const id = standing.theme.id;
    if (!client || this.#busy.has(id)) return;
    const withdrawing = this.#supported.has(id);
    this.#busy.add(id);
    this.requestUpdate();
    try {
      if (withdrawing) await client.forumThemes.withdrawSupport(id, this.#party);
      else await client.forumThemes.support(id, this.#party);
      if (withdrawing) this.#supported.delete(id);
      else this.#supported.add(id);
      await this.#load();
      this.#say(this.localize.term(withdrawing ? 'forumThemes.withdrawn' : 'forumThemes.supported'));
      this.emit(new NgoForumThemeChangeEvent(withdrawing ? 'withdrawn' : 'supported', id));
    } catch (error) {
      const failure = writeFailure(error);
      if (!withdrawing && failure.kind === 'http' && failure.status === 409 && !this.#data?.choice) {
        // Supported before this page was opened: the button shows it, and can withdraw it.
        this.#supported.add(id);
        this.#say(this.localize.term('forumThemes.already'));
      } else {
        this.#say(this.#reason(error), true);
      }
    }
    this.#busy.delete(id);
    this.requestUpdate();
  }

  override render(): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    if (!this.event) return html`<p part="message" role="alert" lang=${ui} dir=${this.direction}>${localize.term('forumThemes.noEvent')}</p>`;
    if (this.#state !== 'ready' || !this.#data) return this.#renderMessage();
    const level = Math.min(5, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const { items, choice } = this.#data;
    const chosen = choice ? items.find((s) => s.theme.id === choice.theme) : undefined;
    return html`<section part="container" lang=${ui} dir=${this.direction} aria-labelledby="themes-title">
      <div part="heading" id="themes-title" role="heading" aria-level=${level}>${localize.term('forumThemes.label')}</div>
      ${choice && chosen ? this.#renderChoice(chosen, choice.reasons, level + 1) : nothing}
      ${items.length
        ? html`<ol part="standings">${items.map((standing, index) => this.#renderStanding(standing, index, !!choice))}</ol>`
        : html`<p part="empty">${localize.term('forumThemes.empty')}</p>`}
      ${this.#registrations ? this.#renderRegistrations(this.#registrations, level + 1) : nothing}
      <p part="status" role="status">${this.#failed ? '' : this.#status}</p>
      ${this.#failed ? html`<p part="status status-error" role="alert">${this.#status}</p>` : nothing}
      ${choice ? html`<p part="closed">${localize.term('forumThemes.closed')}</p>` : this.#renderForm()}
    </section>`;
  }

  #text(texts: Partial<Record<Language, string>>): TemplateResult | typeof nothing {
    const picked = pickLocalized(texts, this.language);
    return picked ? html`<span lang=${picked.lang} dir=${directionOf(picked.lang)}>${picked.text}</span>` : nothing;
  }

  #renderChoice(chosen: ForumThemeStanding, reasons: Partial<Record<Language, string>>, level: number): TemplateResult {
    const picked = pickLocalized(reasons, this.language);
    return html`<div part="choice">
      <div part="choice-title" role="heading" aria-level=${Math.min(6, level)}>${this.localize.term('forumThemes.chosen')}</div>
      <p part="choice-theme">${this.#text(chosen.theme.title)}</p>
      ${picked
        ? html`<p part="choice-reasons" lang=${picked.lang} dir=${directionOf(picked.lang)}>${this.localize.term('forumThemes.reasons', { reasons: picked.text })}</p>`
        : nothing}
    </div>`;
  }

  #renderStanding(standing: ForumThemeStanding, index: number, closed: boolean): TemplateResult {
    const { localize } = this;
    const id = standing.theme.id;
    const supported = this.#supported.has(id);
    const titleId = `theme-${index}`;
    return html`<li part="standing${standing.chosen ? ' chosen' : ''}">
      <span part="theme-title" id=${titleId}>${this.#text(standing.theme.title)}</span>
      ${Object.keys(standing.theme.description).length ? html`<p part="theme-description">${this.#text(standing.theme.description)}</p>` : nothing}
      <span part="counts">${localize.term('forumThemes.counts', { memberStates: String(standing.memberStates), ngos: String(standing.ngos) })}</span>
      ${closed || !this.client
        ? nothing
        : html`<button part="support" type="button" aria-pressed=${supported ? 'true' : 'false'} aria-describedby=${titleId}
            aria-disabled=${this.#busy.has(id) ? 'true' : nothing} @click=${() => this.#toggle(standing)}>
            ${localize.term(supported ? 'forumThemes.withdraw' : 'forumThemes.support')}
          </button>`}
    </li>`;
  }

  /** Who takes part in each phase (paragraphs 9–12): read-only, phases in lifecycle order, each Member State named in the reader's language. */
  #renderRegistrations(registrations: readonly PhaseRegistration[], level: number): TemplateResult {
    const { localize } = this;
    const regions = new Intl.DisplayNames([localize.uiLanguage], { type: 'region' });
    const nameOf = (country: string) => {
      try {
        return regions.of(country) ?? country;
      } catch {
        return country;
      }
    };
    const phases = FORUM_PHASES.filter((phase) => registrations.some((r) => r.phase === phase));
    return html`<div part="registrations">
      <div part="registrations-title" role="heading" aria-level=${Math.min(6, level)}>${localize.term('forumThemes.registrations')}</div>
      ${phases.length
        ? html`<dl part="phases">
            ${phases.map(
              (phase) => html`<div part="phase" data-phase=${phase}>
                <dt part="phase-name">${localize.term(`forumThemes.phase.${phase}`)}</dt>
                ${registrations
                  .filter((r) => r.phase === phase)
                  .map(
                    (r) => html`<dd part="registration" data-country=${r.country} data-role=${r.role}>
                      ${localize.term('forumThemes.registration', { country: nameOf(r.country), role: localize.term(`forumThemes.role.${r.role}`) })}
                    </dd>`,
                  )}
              </div>`,
            )}
          </dl>`
        : html`<p part="no-registrations">${localize.term('forumThemes.noRegistrations')}</p>`}
    </div>`;
  }

  #renderForm(): TemplateResult {
    const { localize } = this;
    return html`<form part="base" novalidate aria-labelledby="propose-title" @submit=${(event: SubmitEvent) => this.#propose(event)}>
      <div part="heading" id="propose-title">${localize.term('forumThemes.propose')}</div>
      <div part="field">
        <label part="label" for="theme-title">${localize.term('forumThemes.title')}</label>
        <input part="input" id="theme-title" type="text" maxlength="200" .value=${live(this.#title)} @input=${(event: Event) => (this.#title = valueOf(event))} />
      </div>
      <div part="field">
        <label part="label" for="theme-description">${localize.term('forumThemes.description')}</label>
        <textarea part="input" id="theme-description" rows="3" maxlength="2000" .value=${live(this.#description)} @input=${(event: Event) => (this.#description = valueOf(event))}></textarea>
      </div>
      <div part="actions">
        <button part="save" type="submit" aria-disabled=${this.#busy.has('propose') ? 'true' : nothing}>${localize.term('forumThemes.send')}</button>
      </div>
    </form>`;
  }

  #renderMessage(): TemplateResult {
    const ui = this.localize.uiLanguage;
    if (this.#state === 'loading') return html`<p part="message" role="status" lang=${ui}>${this.localize.term('loading')}</p>`;
    if (this.#state === 'error') {
      return html`<div part="message" role="alert" lang=${ui} dir=${this.direction}>
        <p>${errorMessage(this.localize, this.#loadError)}</p>
        <button part="retry" type="button" @click=${() => this.#load()}>${this.localize.term('retry')}</button>
      </div>`;
    }
    return html``;
  }
}
