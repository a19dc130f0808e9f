import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { pickLocalized, type Feedback, type FeedbackSummaryRow, type FieldIssue, type Programme } from '@ngo-liaison/core';
import { errorMessage } from '../../internal/error-message.js';
import { issueMessage, renderErrorSummary } from '../../internal/error-summary.js';
import type { ProgrammeFeedbackClient } from '../../internal/forms-client.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { OfficeNamesController } from '../../internal/office-names.js';
import { ReferenceController } from '../../internal/reference-controller.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { writeFailure } from '../../internal/write-client.js';
import { NgoFeedbackChangeEvent } from '../../events/ngo-feedback-change.js';
import { tokens } from '../../styles/tokens.styles.js';
import { enCommon } from '../../translations/en/common.js';
import { enEditor } from '../../translations/en/editor.js';
import { enForms } from '../../translations/en/forms.js';
import { loadFormsAreas } from '../../translations/load-forms-areas.js';
import { editorStyles } from '../ngo-organization-editor/ngo-organization-editor.styles.js';
import { emptyFeedback, feedbackControlOf, feedbackInputOf, validateAnswer, validateFeedback, type FeedbackDraft } from './feedback-draft.js';
import { renderFeedbackFields, type FeedbackFormContext } from './feedback-form.js';
import { renderItems, renderSummary, type FeedbackView, type ItemsContext } from './feedback-items.js';
import { programmeFeedbackStyles } from './ngo-programme-feedback.styles.js';

export type ProgrammeFeedbackState = 'idle' | 'loading' | 'ready' | 'error';
/** Where the NGO's last send stands: `sent`, `invalid` (the summary lists the problems), `failed`. */
export type FeedbackSendState = 'idle' | 'sending' | 'sent' | 'invalid' | 'failed';

/**
 * @summary Feedback on how a UNESCO programme is carried out, between an NGO and the programme's
 * sector. With `organization`: the NGO's form (programme, optionally a country or a field office,
 * subject, text and the language it is written in), checked with core's schema before sending,
 * and the NGO's feedback with its state and the sector's answer. With `sector`: the feedback
 * addressed to that sector, to acknowledge and answer, and the summary by programme and country.
 * Nothing typed is lost on a failed send; a 409 (someone of the sector dealt with it first) shows
 * the feedback as it is now and keeps the answer typed.
 *
 * @tagname ngo-programme-feedback
 *
 * @event ngo-feedback-change - {NgoFeedbackChangeEvent} Feedback was sent, acknowledged or answered (`change`).
 *
 * @csspart base - The NGO's form.
 * @csspart heading - The element's title; `list-title` and `summary-title` the sections' headings.
 * @csspart status - The live region saying what the last action did (`status-error` when it failed).
 * @csspart error-summary - The list of problems (takes focus); `error-summary-title` its heading.
 * @csspart fieldset - A group of fields; `legend` its title.
 * @csspart field - A label, its control and its message.
 * @csspart label - A control's label.
 * @csspart hint - A hint below a label.
 * @csspart input - A text field or text area.
 * @csspart select - A drop-down list.
 * @csspart field-error - The message under a field with a problem.
 * @csspart actions - A row of buttons; `save` the Send button.
 * @csspart feedback-list - The feedback; `feedback-item` one (also its state: `sent`, `acknowledged`, `answered`),
 *   with `feedback-subject`, `feedback-meta`, `feedback-from`, `feedback-state`, `state-label`, `feedback-text`,
 *   and the answer's `answer-box`, `answer-by` and `answer-text`.
 * @csspart acknowledge - The sector's Acknowledge button.
 * @csspart answer - The sector's Send-the-answer button.
 * @csspart moved - The 409 message.
 * @csspart empty - No feedback (or no summary row) yet.
 * @csspart summary - The sector's summary; `summary-rows`, `summary-row`, `summary-scope`, `counts`.
 * @csspart message - The loading or error text.
 * @csspart retry - The Retry button after a load error.
 *
 * @cssprop --ngo-color-danger - Errors.
 * @cssprop --ngo-color-primary - Buttons.
 * @cssprop --ngo-color-border - Borders.
 * @cssprop --ngo-color-focus - Focus outline.
 */
export class NgoProgrammeFeedback extends LiaisonElement {
  static override styles = [tokens, sharedStyles, editorStyles, programmeFeedbackStyles];

  /** The Liaison client (property only; the element never sees or keeps a credential). */
  @property({ attribute: false }) client?: ProgrammeFeedbackClient;

  /** The NGO whose feedback to send and show (its editor is signed in). */
  @property() organization?: string;

  /** The sector whose incoming feedback to show, acknowledge and answer (its focal point is signed in). */
  @property() sector?: string;

  /** A programme: chosen in the NGO's form, or the only one the sector's view shows. */
  @property() programme?: string;

  /** Level of the title (1–5); the sections' headings are one below, each feedback two. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly localize = new LocalizeController(this, [enCommon, enEditor, enForms], loadFormsAreas);
  readonly #reference = new ReferenceController(this);
  readonly #offices = new OfficeNamesController(this);

  #state: ProgrammeFeedbackState = 'idle';
  #sendState: FeedbackSendState = 'idle';
  #loadError: unknown;
  #loadToken = 0;
  #status = '';
  #failure = '';
  #programmes: Programme[] = [];
  #views: FeedbackView[] = [];
  #summary: FeedbackSummaryRow[] = [];
  #draft?: FeedbackDraft;
  #issues: FieldIssue[] = [];
  #idempotencyKey?: string | undefined;
  #countryCodes: string[] = [];
  #officeCodes: string[] = [];

  /** `ready` once loaded; `loading`, `error`, or `idle` without a client or addressee. */
  get state(): ProgrammeFeedbackState {
    return this.#state;
  }

  /** What the NGO's last send did. */
  get sendState(): FeedbackSendState {
    return this.#sendState;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#countryCodes.length === 0) {
      this.trackPending(
        Promise.all([import('../../internal/reference.js'), import('../../internal/office-data.js')]).then(
          ([{ COUNTRIES }, { FIELD_OFFICES }]) => {
            this.#countryCodes = COUNTRIES.map((c) => c.code);
            this.#officeCodes = FIELD_OFFICES.map((o) => o.code);
            this.requestUpdate();
          },
          () => undefined,
        ),
      );
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('organization') || changed.has('sector') || changed.has('programme') || (changed.has('client') && this.#state !== 'ready')) void this.#load();
  }

  async #load(): Promise<void> {
    const { client, organization, sector, programme } = this;
    const token = ++this.#loadToken;
    if (!client || (!organization && !sector)) return void (this.#state = 'idle');
    this.#state = 'loading';
    try {
      const scope = sector ? { sector, ...(programme ? { programme } : {}) } : { organization: organization! };
      const [programmes, feedback, summary] = await Promise.all([
        client.programmes.list({ limit: 100 }),
        client.feedback.list({ ...scope, limit: 100 }),
        sector ? client.feedback.summary({ sector, ...(programme ? { programme } : {}) }) : undefined,
      ]);
      if (token !== this.#loadToken) return;
      this.#programmes = [...programmes.items];
      this.#views = feedback.items.map((item) => this.#viewOf(item));
      this.#summary = summary?.rows ?? [];
      if (!sector) this.#draft ??= emptyFeedback(this.language, programme ?? '');
      this.#state = 'ready';
    } catch (error) {
      if (token !== this.#loadToken) return;
      this.#loadError = error;
      this.#state = 'error';
    }
    this.requestUpdate();
  }

  #viewOf(feedback: Feedback): FeedbackView {
    return { feedback, answer: '', answerLanguage: this.language, busy: false };
  }

  #change = (mutate: (draft: FeedbackDraft) => void): void => {
    if (!this.#draft) return;
    mutate(this.#draft);
    this.#idempotencyKey = undefined;
    this.requestUpdate();
  };

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    (target?.matches('fieldset') ? target.querySelector<HTMLElement>('input, select, textarea') : target)?.focus();
  }

  async #send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { client, organization } = this;
    const draft = this.#draft;
    if (!client || !organization || !draft || this.#sendState === 'sending') return;
    const issues = validateFeedback(draft, organization);
    if (issues.length) return this.#showIssues(issues);
    this.#issues = [];
    this.#sendState = 'sending';
    this.#status = this.localize.term('forms.sending');
    this.requestUpdate();
    this.#idempotencyKey ??= crypto.randomUUID();
    try {
      const feedback = await client.feedback.send(feedbackInputOf(draft, organization), { idempotencyKey: this.#idempotencyKey });
      this.#idempotencyKey = undefined;
      this.#draft = { ...emptyFeedback(draft.language, draft.programme) };
      this.#views = [this.#viewOf(feedback), ...this.#views];
      this.#sendState = 'sent';
      this.#status = this.localize.term('feedback.sent', { sector: this.#reference.sectorName(feedback.sector, this.language).text });
      this.requestUpdate();
      this.emit(new NgoFeedbackChangeEvent('sent', feedback));
    } catch (error) {
      const failure = writeFailure(error);
      if (failure.kind === 'http' && failure.status === 400 && failure.issues.length) return this.#showIssues(failure.issues);
      this.#failure = failure.kind === 'http' && failure.status === 403 ? this.localize.term('forms.forbidden') : errorMessage(this.localize, error);
      this.#status = this.localize.term('forms.sendFailed', { reason: this.#failure });
      this.#sendState = 'failed';
      this.requestUpdate();
    }
  }

  #showIssues(issues: FieldIssue[]): Promise<void> {
    this.#issues = issues;
    this.#sendState = 'invalid';
    this.#status = '';
    this.requestUpdate();
    return this.#focus('[part="error-summary"]');
  }

  /** After a change by the sector: the record as the server returned it, and the summary again. */
  #replace(view: FeedbackView, feedback: Feedback, change: 'acknowledged' | 'answered'): void {
    view.feedback = feedback;
    this.#status = this.localize.term(change === 'answered' ? 'feedback.answered' : 'feedback.acknowledged');
    this.emit(new NgoFeedbackChangeEvent(change, feedback));
    void this.#refreshSummary();
  }

  async #refreshSummary(): Promise<void> {
    const { client, sector, programme } = this;
    if (!client || !sector) return;
    const summary = await client.feedback.summary({ sector, ...(programme ? { programme } : {}) }).catch(() => undefined);
    if (!summary) return;
    this.#summary = summary.rows;
    this.requestUpdate();
  }

  /** A sector's action on one feedback; a 409 shows it as it is now, keeping the answer typed. */
  async #act(view: FeedbackView, act: (client: ProgrammeFeedbackClient) => Promise<Feedback>, change: 'acknowledged' | 'answered'): Promise<void> {
    const { client } = this;
    if (!client || view.busy) return;
    Object.assign(view, { busy: true, error: undefined, moved: false, answerError: undefined });
    this.requestUpdate();
    try {
      this.#replace(view, await act(client), change);
      if (change === 'answered') view.answer = '';
    } catch (error) {
      const failure = writeFailure(error);
      if (failure.kind === 'http' && failure.status === 409) {
        view.moved = true;
        view.feedback = await client.feedback.get(view.feedback.id).catch(() => view.feedback);
        void this.#refreshSummary();
      } else if (failure.kind === 'http' && failure.status === 400 && failure.issues[0]) {
        view.answerError = issueMessage(this.localize, failure.issues[0]);
      } else {
        view.error = failure.kind === 'http' && failure.status === 403 ? this.localize.term('forms.forbidden') : errorMessage(this.localize, error);
      }
    }
    view.busy = false;
    this.requestUpdate();
  }

  #answer = async (view: FeedbackView, index: number): Promise<void> => {
    const issues = validateAnswer(view.answer, view.answerLanguage);
    if (issues.length) {
      view.answerError = issueMessage(this.localize, issues[0]!);
      this.requestUpdate();
      return this.#focus(`#answer-${index}`);
    }
    const input = { text: view.answer, language: view.answerLanguage };
    return this.#act(view, (client) => client.feedback.answer(view.feedback.id, input), 'answered');
  };

  #itemsContext(level: number): ItemsContext {
    const { language } = this;
    return {
      localize: this.localize,
      programme: (id) => {
        const found = this.#programmes.find((p) => p.id === id);
        return (found && pickLocalized(found.title, language)) ?? { text: id };
      },
      country: (code) => this.#reference.countryName(code, language).text,
      office: (code) => this.#offices.name(code, language).text,
      level,
      sector: Boolean(this.sector),
      acknowledge: (view) => void this.#act(view, (client) => client.feedback.acknowledge(view.feedback.id), 'acknowledged'),
      answer: (view, index) => void this.#answer(view, index),
      edit: (view, mutate) => mutate(view),
    };
  }

  #formContext(draft: FeedbackDraft): FeedbackFormContext {
    const { language } = this;
    const collator = new Intl.Collator(language);
    const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
    return {
      localize: this.localize,
      draft,
      errorOf: (control) => {
        const issue = this.#issues.find((i) => feedbackControlOf(i.path) === control);
        return issue && issueMessage(this.localize, issue);
      },
      change: this.#change,
      programmes: this.#programmes
        .map((p) => {
          const title = pickLocalized(p.title, language);
          return { value: p.id, label: title?.text ?? p.id, lang: title?.lang };
        })
        .sort(byLabel),
      countries: this.#countryCodes.map((code) => ({ value: code, label: this.#reference.countryName(code, language).text })).sort(byLabel),
      offices: this.#officeCodes.map((code) => ({ value: code, label: this.#offices.name(code, language).text })).sort(byLabel),
    };
  }

  override render(): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    const level = Math.min(5, Math.max(1, Math.trunc(this.headingLevel) || 2));
    if (!this.organization && !this.sector) return html`<p part="message" role="alert" lang=${ui} dir=${this.direction}>${localize.term('feedback.noAddressee')}</p>`;
    if (this.#state !== 'ready') return this.#renderMessage();
    const failed = this.#sendState === 'failed';
    const items = this.#itemsContext(level + 2);
    return html`<section part="container" lang=${ui} dir=${this.direction} aria-labelledby="feedback-title">
      <div part="heading" id="feedback-title" role="heading" aria-level=${level}>${localize.term('feedback.label')}</div>
      ${this.sector ? nothing : this.#renderForm()}
      <p part="status" role="status">${failed ? '' : this.#status}</p>
      <p part="status status-error" role="alert">${failed ? this.#status : ''}</p>
      ${this.sector ? renderSummary(items, this.#summary, level + 1) : nothing}
      <section part="list" aria-labelledby="list-title">
        <div part="list-title" id="list-title" role="heading" aria-level=${level + 1}>${localize.term(this.sector ? 'feedback.inbox' : 'feedback.mine')}</div>
        ${renderItems(items, this.#views)}
      </section>
    </section>`;
  }

  #renderForm(): TemplateResult | typeof nothing {
    const draft = this.#draft;
    if (!draft) return nothing;
    return html`<form part="base" novalidate aria-labelledby="feedback-title" @submit=${(event: SubmitEvent) => this.#send(event)}>
      ${renderErrorSummary(this.localize, this.#sendState === 'invalid' ? this.#issues : [], {
        title: this.localize.plural('forms.errorSummary', this.#issues.length),
        controlOf: feedbackControlOf,
        labelOf: (control) =>
          this.localize.term(
            control === 'programme' ? 'forms.programme' : control === 'country' ? 'forms.country' : control === 'fieldOffice' ? 'forms.fieldOffice' : `feedback.${control as 'subject' | 'text' | 'language'}`,
          ),
        focusControl: (control) => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(control)}`)?.focus(),
      })}
      ${renderFeedbackFields(this.#formContext(draft))}
      <div part="actions">
        <button part="save" type="submit" aria-disabled=${this.#sendState === 'sending' ? 'true' : nothing}>${this.localize.term('forms.send')}</button>
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
