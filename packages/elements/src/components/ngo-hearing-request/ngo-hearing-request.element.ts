import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { HEARING_STATEMENT_MAX, LANGUAGES, directionOf, pickLocalized, type FieldIssue, type GoverningBodySession, type Hearing } from '@ngo-liaison/core';
import { errorMessage } from '../../internal/error-message.js';
import { issueMessage, renderErrorSummary } from '../../internal/error-summary.js';
import { describedBy, fieldState } from '../../internal/field-state.js';
import { languageName } from '../../internal/field-text.js';
import type { HearingRequestClient } from '../../internal/forms-client.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { writeFailure } from '../../internal/write-client.js';
import { NgoHearingChangeEvent } from '../../events/ngo-hearing-change.js';
import { tokens } from '../../styles/tokens.styles.js';
import { enCommon } from '../../translations/en/common.js';
import { enEditor } from '../../translations/en/editor.js';
import { enForms } from '../../translations/en/forms.js';
import { loadFormsAreas } from '../../translations/load-forms-areas.js';
import { editorStyles } from '../ngo-organization-editor/ngo-organization-editor.styles.js';
import { emptyHearing, hearingControlOf, hearingInputOf, validateHearing, type HearingDraft } from './hearing-draft.js';
import { hearingRequestStyles } from './ngo-hearing-request.styles.js';

export type HearingRequestState = 'idle' | 'loading' | 'ready' | 'error';
/** Where the last request stands: `sent`, `invalid` (the summary lists the problems), `failed`. */
export type HearingSendState = 'idle' | 'sending' | 'sent' | 'invalid' | 'failed';

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

/**
 * @summary An NGO asks to be heard by the NGP Committee on an item of a session's agenda, with a
 * short statement (paragraphs 7–8 of the working-group paper), and follows its requests: waiting,
 * accepted with the slot (shown in the reader's language, in the slot's time zone), or declined
 * with the Secretariat's reason; a request may be withdrawn before its slot. The statement is
 * checked with core's schema before sending, a counter says what is left, and nothing typed is
 * lost on a failed send.
 *
 * @tagname ngo-hearing-request
 *
 * @event ngo-hearing-change - {NgoHearingChangeEvent} A request was sent or withdrawn (`change`).
 *
 * @csspart container - The whole element; `heading` its title, `list-title` the list's.
 * @csspart base - The form.
 * @csspart status - The live region saying what the last action did (`status-error` when it failed).
 * @csspart error-summary - The list of problems (takes focus); `error-summary-title` its heading.
 * @csspart field - A label, its control and its message; `label`, `hint`, `select`, `input`, `field-error`.
 * @csspart counter - How many characters the statement may still take.
 * @csspart actions - The row of buttons; `save` the Send button.
 * @csspart hearing-list - The organisation's requests; `hearing-item` one (also its state), with
 *   `hearing-title`, `hearing-state`, `hearing-slot`, `hearing-reason` and `hearing-statement`.
 * @csspart withdraw - A request's Withdraw button.
 * @csspart empty - No request yet.
 * @csspart message - The loading or error text; `retry` its button.
 *
 * @cssprop --ngo-color-danger - Errors.
 * @cssprop --ngo-color-primary - Buttons.
 * @cssprop --ngo-color-border - Borders.
 * @cssprop --ngo-color-focus - Focus outline.
 */
export class NgoHearingRequest extends LiaisonElement {
  static override styles = [tokens, sharedStyles, editorStyles, hearingRequestStyles];

  /** The Liaison client (property only; the element never sees or keeps a credential). */
  @property({ attribute: false }) client?: HearingRequestClient;

  /** The organisation asking to be heard (its NGO editor is signed in). */
  @property() organization?: string;

  /** An NGP Committee session to choose first (otherwise the first with a known agenda). */
  @property() session?: string;

  /** Level of the title (1–5); the list's heading is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly localize = new LocalizeController(this, [enCommon, enEditor, enForms], loadFormsAreas);

  #state: HearingRequestState = 'idle';
  #sendState: HearingSendState = 'idle';
  #loadError: unknown;
  #loadToken = 0;
  #status = '';
  #sessions: GoverningBodySession[] = [];
  /** The sessions still to come: the ones the form offers. */
  #open: GoverningBodySession[] = [];
  #hearings: Hearing[] = [];
  #draft?: HearingDraft;
  #issues: FieldIssue[] = [];
  #busy = new Set<string>();

  /** `ready` once loaded; `loading`, `error`, or `idle` without a client or organisation. */
  get state(): HearingRequestState {
    return this.#state;
  }

  /** What the last send did. */
  get sendState(): HearingSendState {
    return this.#sendState;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('organization') || changed.has('session') || (changed.has('client') && this.#state !== 'ready')) void this.#load();
  }

  async #load(): Promise<void> {
    const { client, organization } = this;
    const token = ++this.#loadToken;
    if (!client || !organization) return void (this.#state = 'idle');
    this.#state = 'loading';
    try {
      const [sessions, hearings] = await Promise.all([client.sessions.list({ body: ['ngp-committee'], limit: 100 }), client.hearings.list({ organization, limit: 100 })]);
      if (token !== this.#loadToken) return;
      // Sessions to come whose agenda a source gives take requests (an NGO is heard on an item);
      // past ones stay listed to name the requests made on them.
      const today = new Date().toISOString().slice(0, 10);
      this.#sessions = sessions.items.filter((s) => s.agendaItems.length > 0);
      this.#open = this.#sessions.filter((s) => !s.dates || s.dates.end >= today);
      this.#hearings = [...hearings.items];
      const first = this.#open.find((s) => s.id === this.session) ?? this.#open[0];
      this.#draft ??= emptyHearing(this.language, first?.id ?? '');
      this.#state = 'ready';
    } catch (error) {
      if (token !== this.#loadToken) return;
      this.#loadError = error;
      this.#state = 'error';
    }
    this.requestUpdate();
  }

  #change(mutate: (draft: HearingDraft) => void): void {
    if (!this.#draft) return;
    mutate(this.#draft);
    this.requestUpdate();
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #showIssues(issues: FieldIssue[]): Promise<void> {
    this.#issues = issues;
    this.#sendState = 'invalid';
    this.#status = '';
    this.requestUpdate();
    return this.#focus('[part="error-summary"]');
  }

  async #send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { client, organization } = this;
    const draft = this.#draft;
    if (!client || !organization || !draft || this.#sendState === 'sending') return;
    const issues = validateHearing(draft, organization);
    if (issues.length) return this.#showIssues(issues);
    this.#issues = [];
    this.#sendState = 'sending';
    this.#status = this.localize.term('forms.sending');
    this.requestUpdate();
    try {
      const hearing = await client.hearings.request(hearingInputOf(draft, organization));
      this.#hearings = [hearing, ...this.#hearings];
      this.#draft = emptyHearing(draft.language, draft.session);
      this.#sendState = 'sent';
      this.#status = this.localize.term('hearing.requested');
      this.requestUpdate();
      this.emit(new NgoHearingChangeEvent('requested', hearing));
    } catch (error) {
      const failure = writeFailure(error);
      if (failure.kind === 'http' && failure.status === 400 && failure.issues.length) return this.#showIssues(failure.issues);
      const reason = failure.kind === 'http' && failure.status === 403 ? this.localize.term('forms.forbidden') : errorMessage(this.localize, error);
      this.#status = this.localize.term('forms.sendFailed', { reason });
      this.#sendState = 'failed';
      this.requestUpdate();
    }
  }

  async #withdraw(hearing: Hearing): Promise<void> {
    const { client } = this;
    if (!client || this.#busy.has(hearing.id)) return;
    this.#busy.add(hearing.id);
    this.requestUpdate();
    try {
      const withdrawn = await client.hearings.withdraw(hearing.id);
      this.#hearings = this.#hearings.map((h) => (h.id === withdrawn.id ? withdrawn : h));
      this.#sendState = 'idle';
      this.#status = this.localize.term('hearing.withdrawn');
      this.emit(new NgoHearingChangeEvent('withdrawn', withdrawn));
    } catch (error) {
      this.#sendState = 'failed';
      this.#status = errorMessage(this.localize, error);
    }
    this.#busy.delete(hearing.id);
    this.requestUpdate();
  }

  #sessionTitle(session: GoverningBodySession | undefined, id: string): { text: string; lang?: string | undefined } {
    if (!session) return { text: id };
    const title = session.title ? pickLocalized(session.title, this.language) : undefined;
    return title ?? { text: session.number ? `${session.number} EX/NGP` : session.id };
  }

  #itemLabel(session: GoverningBodySession | undefined, number: string): string {
    const item = session?.agendaItems.find((i) => i.number === number);
    const title = item ? pickLocalized(item.title, this.language)?.text : undefined;
    return title ? this.localize.term('hearing.item', { number, title }) : number;
  }

  #slotText(hearing: Hearing): string {
    const { slot } = hearing;
    if (!slot) return '';
    const format = new Intl.DateTimeFormat(this.localize.uiLanguage, { dateStyle: 'medium', timeStyle: 'short', timeZone: slot.timeZone });
    const time = new Intl.DateTimeFormat(this.localize.uiLanguage, { timeStyle: 'short', timeZone: slot.timeZone });
    return this.localize.term('hearing.slot', { start: format.format(new Date(slot.start)), end: time.format(new Date(slot.end)), zone: slot.timeZone });
  }

  override render(): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    const level = Math.min(5, Math.max(1, Math.trunc(this.headingLevel) || 2));
    if (!this.organization) return html`<p part="message" role="alert" lang=${ui} dir=${this.direction}>${localize.term('hearing.noOrganization')}</p>`;
    if (this.#state !== 'ready') return this.#renderMessage();
    const failed = this.#sendState === 'failed';
    return html`<section part="container" lang=${ui} dir=${this.direction} aria-labelledby="hearing-title">
      <div part="heading" id="hearing-title" role="heading" aria-level=${level}>${localize.term('hearing.label')}</div>
      ${this.#open.length ? this.#renderForm() : html`<p part="empty">${localize.term('hearing.noSessions')}</p>`}
      <p part="status" role="status">${failed ? '' : this.#status}</p>
      <p part="status status-error" role="alert">${failed ? this.#status : ''}</p>
      <section part="list" aria-labelledby="list-title">
        <div part="list-title" id="list-title" role="heading" aria-level=${level + 1}>${localize.term('hearing.mine')}</div>
        ${this.#hearings.length
          ? html`<ul part="hearing-list">${this.#hearings.map((hearing) => this.#renderHearing(hearing))}</ul>`
          : html`<p part="empty">${localize.term('hearing.empty')}</p>`}
      </section>
    </section>`;
  }

  #renderHearing(hearing: Hearing): TemplateResult {
    const { localize } = this;
    const session = this.#sessions.find((s) => s.id === hearing.session);
    const title = this.#sessionTitle(session, hearing.session);
    const begun = hearing.slot !== undefined && Date.parse(hearing.slot.start) <= Date.now();
    const withdrawable = hearing.state === 'requested' || (hearing.state === 'accepted' && !begun);
    return html`<li part="hearing-item ${hearing.state}">
      <span part="hearing-title"><span lang=${title.lang ?? nothing}>${title.text}</span> — ${this.#itemLabel(session, hearing.agendaItem)}</span>
      <span part="hearing-state">${localize.term(`hearing.state.${hearing.state}`)}</span>
      ${hearing.slot && hearing.state === 'accepted' ? html`<span part="hearing-slot">${this.#slotText(hearing)}</span>` : nothing}
      ${hearing.reason ? html`<span part="hearing-reason">${localize.term('hearing.reason', { reason: hearing.reason })}</span>` : nothing}
      <p part="hearing-statement" lang=${hearing.language} dir=${directionOf(hearing.language)}>${hearing.statement}</p>
      ${withdrawable
        ? html`<button part="withdraw" type="button" aria-disabled=${this.#busy.has(hearing.id) ? 'true' : nothing} @click=${() => this.#withdraw(hearing)}>
            ${localize.term('hearing.withdraw')}
          </button>`
        : nothing}
    </li>`;
  }

  #errorOf(control: string): string | undefined {
    const issue = this.#issues.find((i) => hearingControlOf(i.path) === control);
    return issue && issueMessage(this.localize, issue);
  }

  #renderForm(): TemplateResult | typeof nothing {
    const draft = this.#draft;
    if (!draft) return nothing;
    const { localize } = this;
    const ui = localize.uiLanguage;
    const session = this.#sessions.find((s) => s.id === draft.session);
    const fields = { session: fieldState('session', this.#errorOf('session')), agendaItem: fieldState('agendaItem', this.#errorOf('agendaItem')), statement: fieldState('statement', this.#errorOf('statement')), language: fieldState('language', this.#errorOf('language')) };
    const left = HEARING_STATEMENT_MAX - draft.statement.length;
    return html`<form part="base" novalidate aria-labelledby="hearing-title" @submit=${(event: SubmitEvent) => this.#send(event)}>
      ${renderErrorSummary(localize, this.#sendState === 'invalid' ? this.#issues : [], {
        title: localize.plural('forms.errorSummary', this.#issues.length),
        controlOf: hearingControlOf,
        labelOf: (control) => localize.term(`hearing.${control as 'session' | 'agendaItem' | 'statement' | 'language'}`),
        focusControl: (control) => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(control)}`)?.focus(),
      })}
      <div part="field">
        <label part="label" for="session">${localize.term('hearing.session')}</label>
        <select part="select" id="session" aria-invalid=${fields.session.invalid} aria-describedby=${describedBy(fields.session.describedBy)}
          @change=${(event: Event) => this.#change((d) => ((d.session = valueOf(event)), (d.agendaItem = '')))}>
          ${this.#open.map((s) => {
            const title = this.#sessionTitle(s, s.id);
            return html`<option value=${s.id} lang=${title.lang ?? nothing} ?selected=${s.id === draft.session}>${title.text}</option>`;
          })}
        </select>
        ${fields.session.message}
      </div>
      <div part="field">
        <label part="label" for="agendaItem">${localize.term('hearing.agendaItem')}</label>
        <select part="select" id="agendaItem" aria-invalid=${fields.agendaItem.invalid} aria-describedby=${describedBy(fields.agendaItem.describedBy)}
          @change=${(event: Event) => this.#change((d) => (d.agendaItem = valueOf(event)))}>
          <option value="" ?selected=${draft.agendaItem === ''}>${localize.term('forms.choose')}</option>
          ${(session?.agendaItems ?? []).map((item) => html`<option value=${item.number} ?selected=${item.number === draft.agendaItem}>${this.#itemLabel(session, item.number)}</option>`)}
        </select>
        ${fields.agendaItem.message}
      </div>
      <div part="field">
        <label part="label" for="language">${localize.term('hearing.language')}</label>
        <select part="select" id="language" @change=${(event: Event) => this.#change((d) => (d.language = valueOf(event) as HearingDraft['language']))}>
          ${LANGUAGES.map((lang) => html`<option value=${lang} ?selected=${lang === draft.language}>${languageName(lang, ui)}</option>`)}
        </select>
        ${fields.language.message}
      </div>
      <div part="field">
        <label part="label" for="statement">${localize.term('hearing.statement')}</label>
        <p part="hint" id="statement-hint">${localize.term('hearing.statementHint', { max: String(HEARING_STATEMENT_MAX) })}</p>
        <textarea part="input" id="statement" rows="6" lang=${draft.language} dir=${directionOf(draft.language)} .value=${live(draft.statement)}
          aria-invalid=${fields.statement.invalid} aria-describedby=${describedBy('statement-hint', 'statement-counter', fields.statement.describedBy)}
          @input=${(event: Event) => this.#change((d) => (d.statement = valueOf(event)))}></textarea>
        <p part="counter" id="statement-counter">${localize.term('hearing.remaining', { count: String(Math.max(0, left)) })}</p>
        ${fields.statement.message}
      </div>
      <div part="actions">
        <button part="save" type="submit" aria-disabled=${this.#sendState === 'sending' ? 'true' : nothing}>${localize.term('forms.send')}</button>
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
