import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { directionOf, pickLocalized, type Consultation, type ConsultationResponse, type ConsultationResults, type FieldIssue, type Question } from '@ngo-liaison/core';
import type { ConsultationClient } from '../../internal/consultation-client.js';
import { errorMessage } from '../../internal/error-message.js';
import { renderErrorSummary } from '../../internal/error-summary.js';
import { describedBy, fieldState } from '../../internal/field-state.js';
import { KeyedLoader, clientFor, sourceKey } from '../../internal/keyed-loader.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { writeFailure } from '../../internal/write-client.js';
import { NgoConsultationRespondEvent } from '../../events/ngo-consultation-respond.js';
import { tokens } from '../../styles/tokens.styles.js';
import { enCommon } from '../../translations/en/common.js';
import { enConsultation } from '../../translations/en/consultation.js';
import { enEditor } from '../../translations/en/editor.js';
import { loadConsultationAreas } from '../../translations/load-consultation-areas.js';
import { editorStyles } from '../ngo-organization-editor/ngo-organization-editor.styles.js';
import { draftOf, moveInRanking, questionOfPath, responseInputOf, validateDraft, type ConsultationDraft } from './consultation-draft.js';
import { renderResults } from './consultation-results-view.js';
import { consultationStyles } from './ngo-consultation.styles.js';

export type ConsultationState = 'idle' | 'loading' | 'ready' | 'error';
/** Where the last save stands: `saved`, `invalid` (the summary lists the problems), `closed` (409), `failed`. */
export type ConsultationSaveState = 'idle' | 'saving' | 'saved' | 'invalid' | 'closed' | 'failed';

/** What one load brings: the consultation, the caller's saved response (if any), the results (if the caller may read them). */
interface Loaded {
  consultation: Consultation;
  response?: ConsultationResponse | undefined;
  results?: ConsultationResults | undefined;
}

const statusOf = (error: unknown) => (error as { status?: number } | undefined)?.status;
/** A refusal that only means "nothing for you here": no response yet, not signed in, not the owner. */
const quietly = <T>(promise: Promise<T>): Promise<T | undefined> => promise.catch((error: unknown) => ([401, 403, 404].includes(statusOf(error) ?? 0) ? undefined : Promise.reject(error)));
const controlId = (question: string) => `q-${question}`;

/**
 * @summary A collective consultation (paragraph 6 of the working-group paper): a signed-in
 * respondent answers its questions — one choice, several choices, a ranking with Move up / Move
 * down buttons (no dragging; each move is announced), free text with a counter — each question in
 * the languages it has. The saved response is shown again and may be changed until closing; after
 * closing the element says so. Once the results are published (or for the owner, live with
 * `live-results`), each question shows a bar chart and an equivalent table.
 *
 * @tagname ngo-consultation
 *
 * @event ngo-consultation-respond - {NgoConsultationRespondEvent} The respondent's answers were saved.
 *
 * @csspart container - The whole element; `heading` its title, `description` and `period` below it.
 * @csspart base - The form; `question` one question (also its kind), `prompt` its legend or label.
 * @csspart choice - A radio button or checkbox with its label.
 * @csspart ranking - The ordered options of a ranking; `rank-item` one, `rank-position` its place, `rank-label` its label,
 *   `move-up` and `move-down` its buttons.
 * @csspart announcer - The live region that reads out each move of a ranking.
 * @csspart counter - How many characters a free-text answer may still take.
 * @csspart language-note - Says a text is shown in another language than the page's.
 * @csspart error-summary - The list of problems (takes focus); `error-summary-title` its heading.
 * @csspart field-error - A question's problem.
 * @csspart actions - The row of buttons; `save` the Save button.
 * @csspart status - The live region saying what the last save did (`status-error` when it failed).
 * @csspart closed - The closed notice (takes focus when a save finds the consultation closed).
 * @csspart results - The results; `results-title`, `response-count`, `result` one question (also
 *   its kind), `result-title`, `chart`, `chart-row`, `chart-label`, `bar`, `bar-track`,
 *   `bar-fill`, `chart-value`, `table`, `caption`, `caption-note`, `written`.
 * @csspart message - The loading, not-found or error text; `retry` its button.
 *
 * @cssprop --ngo-color-primary - Buttons and bars.
 * @cssprop --ngo-color-surface-muted - The bars' track.
 * @cssprop --ngo-color-danger - Errors.
 * @cssprop --ngo-color-border - Borders.
 * @cssprop --ngo-color-focus - Focus outline.
 */
export class NgoConsultation extends LiaisonElement {
  static override styles = [tokens, sharedStyles, editorStyles, consultationStyles];

  /** The consultation to show. */
  @property({ attribute: 'consultation-id' }) consultationId?: string;

  /** URL of the API's `/v1` (read only: results once published; answering needs a signed-in `client`). */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** The Liaison client, signed in for answering (property only; the element never sees or keeps a credential). Wins over `api-base`. */
  @property({ attribute: false }) client?: ConsultationClient;

  /** The organisation answering, for an editor of several organisations (otherwise the server picks the one the person edits). */
  @property() organization?: string;

  /** The owner's view: also show the results while the consultation runs (the server refuses them to others). */
  @property({ type: Boolean, attribute: 'live-results' }) liveResults = false;

  /** Level of the title (1–5); the sections' headings are one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly localize = new LocalizeController(this, [enCommon, enEditor, enConsultation], loadConsultationAreas);

  #source(): ConsultationClient | undefined {
    return this.client ?? clientFor(this.apiBase);
  }

  readonly #loader = new KeyedLoader<Loaded>(this, () => {
    const source = this.#source();
    const id = this.consultationId?.trim();
    if (!source || !id) return undefined;
    const organization = this.organization?.trim() || undefined;
    const wantLive = this.liveResults;
    return {
      key: `${sourceKey(source)}|${id}|${organization ?? ''}|${wantLive}`,
      load: async (signal): Promise<Loaded> => {
        const consultation = await source.consultations.get(id, { signal });
        const [response, results] = await Promise.all([
          quietly(source.consultations.myResponse(id, { signal, ...(organization ? { organization } : {}) })),
          consultation.resultsPublishedAt || wantLive ? quietly(source.consultations.results(id, { signal })) : undefined,
        ]);
        return { consultation, response, results };
      },
    };
  });

  /** The load the draft was made from: a new load (another consultation, a retry) makes a new draft. */
  #draftOf?: Loaded;
  #draft?: ConsultationDraft;
  #saved?: ConsultationResponse | undefined;
  #results?: ConsultationResults | undefined;
  #saveState: ConsultationSaveState = 'idle';
  #status = '';
  #announcement = '';
  #issues: FieldIssue[] = [];

  /** `ready` once loaded; `loading`; `error` (a failure, or no such consultation for the caller); `idle` without a client or id. */
  get state(): ConsultationState {
    return this.#loader.state;
  }

  /** What the last save did. */
  get saveState(): ConsultationSaveState {
    return this.#saveState;
  }

  /**
   * The text of `value` in the element's language, else another one, marked with its `lang` and a
   * visible note, unless it is in `beside`: the language of the question it belongs to, which
   * already says so (an option in the prompt's language needs no note of its own).
   */
  #text(value: Question['prompt'] | undefined, beside?: string): TemplateResult {
    const picked = pickLocalized(value, this.language);
    if (!picked) return html``;
    if (picked.lang === this.language || picked.lang === beside) return html`<span lang=${picked.lang} dir=${directionOf(picked.lang)}>${picked.text}</span>`;
    const ui = this.localize.uiLanguage;
    let name: string = picked.lang;
    try {
      name = new Intl.DisplayNames([ui], { type: 'language' }).of(picked.lang) ?? picked.lang;
    } catch {
      // An engine without DisplayNames: the language code is still understandable.
    }
    return html`<span lang=${picked.lang} dir=${directionOf(picked.lang)}>${picked.text}</span>
      <span part="language-note">${this.localize.term('consultation.inLanguage', { language: name })}</span>`;
  }

  #date(iso: string): string {
    return new Intl.DateTimeFormat(this.localize.uiLanguage, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  }

  /** Makes the draft from a new load (a prefilled response included), once per load. */
  #sync(loaded: Loaded): void {
    if (this.#draftOf === loaded) return;
    this.#draftOf = loaded;
    this.#draft = draftOf(loaded.consultation, loaded.response);
    this.#saved = loaded.response;
    this.#results = loaded.results;
    this.#saveState = 'idle';
    this.#status = '';
    this.#issues = [];
  }

  #change(mutate: (draft: ConsultationDraft) => void): void {
    if (!this.#draft) return;
    mutate(this.#draft);
    this.requestUpdate();
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Focus on a question: its first control (a group's first radio or checkbox). */
  #focusQuestion(question: string): void {
    const control = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(controlId(question))}`);
    const target = control?.matches('fieldset') ? control.querySelector<HTMLElement>('input, textarea, button') : control;
    target?.focus();
  }

  async #move(question: Question, index: number, by: -1 | 1): Promise<void> {
    const draft = this.#draft;
    if (!draft || question.kind !== 'ranking' || !moveInRanking(draft, question.key, index, by)) return;
    const order = draft.ranking[question.key]!;
    const moved = order[index + by]!;
    const label = pickLocalized(question.options.find((o) => o.key === moved)?.label, this.language)?.text ?? moved;
    this.#announcement = this.localize.term('consultation.moved', { option: label, position: String(index + by + 1), count: String(order.length) });
    this.requestUpdate();
    // The row moved in the DOM, which takes focus away from its button: give it back, so a
    // keyboard user can press the same button again to keep moving the same option.
    await this.#focus(`#${CSS.escape(`${controlId(question.key)}-${moved}-${by < 0 ? 'up' : 'down'}`)}`);
  }

  #showIssues(issues: FieldIssue[]): Promise<void> {
    this.#issues = issues;
    this.#saveState = 'invalid';
    this.#status = '';
    this.requestUpdate();
    return this.#focus('[part="error-summary"]');
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const source = this.#source();
    const loaded = this.#loader.value;
    const draft = this.#draft;
    if (!source || !loaded || !draft || this.#saveState === 'saving') return;
    const { consultation } = loaded;
    const input = responseInputOf(consultation, draft, this.organization?.trim() || undefined);
    const issues = validateDraft(consultation, input);
    if (issues.length) return this.#showIssues(issues);
    this.#issues = [];
    this.#saveState = 'saving';
    this.#status = this.localize.term('consultation.saving');
    this.requestUpdate();
    try {
      const response = await source.consultations.respond(consultation.id, input);
      this.#saved = response;
      this.#saveState = 'saved';
      this.#status = this.localize.term('consultation.saved', { date: this.#date(response.updatedAt) });
      this.requestUpdate();
      this.emit(new NgoConsultationRespondEvent(response));
      if (this.#results) this.#results = await quietly(source.consultations.results(consultation.id));
      this.requestUpdate();
    } catch (error) {
      const failure = writeFailure(error);
      if (failure.kind === 'http' && failure.status === 400 && failure.issues.length) return this.#showIssues(failure.issues);
      if (failure.kind === 'http' && failure.status === 409) {
        this.#saveState = 'closed';
        this.#status = '';
        this.requestUpdate();
        return this.#focus('[part~="closed"]');
      }
      const forbidden = failure.kind === 'http' && (failure.status === 401 || failure.status === 403);
      this.#status = forbidden ? this.localize.term('consultation.forbidden') : this.localize.term('consultation.saveFailed', { reason: errorMessage(this.localize, error) });
      this.#saveState = 'failed';
      this.requestUpdate();
    }
  }

  override render(): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    if (!this.consultationId?.trim()) return html`<p part="message" role="alert" lang=${ui} dir=${this.direction}>${localize.term('consultation.noId')}</p>`;
    const loaded = this.#loader.value;
    if (this.#loader.state !== 'ready' || !loaded) return this.#renderMessage();
    this.#sync(loaded);
    const { consultation } = loaded;
    const level = Math.min(5, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const now = Date.now();
    const published = consultation.resultsPublishedAt !== undefined;
    const closed = published || now >= Date.parse(consultation.closesAt) || this.#saveState === 'closed';
    const notYet = !closed && now < Date.parse(consultation.opensAt);
    const failed = this.#saveState === 'failed';
    return html`<section part="container" lang=${ui} dir=${this.direction} aria-labelledby="consultation-title">
      <div part="heading" id="consultation-title" role="heading" aria-level=${level}>${this.#text(consultation.title)}</div>
      ${consultation.description ? html`<p part="description">${this.#text(consultation.description)}</p>` : nothing}
      ${closed
        ? html`<p part="closed" tabindex="-1" role=${this.#saveState === 'closed' ? 'alert' : nothing}>
            ${this.#saveState === 'closed' ? localize.term('consultation.closedWhileAnswering') : localize.term('consultation.closed', { date: this.#date(consultation.closesAt) })}
          </p>`
        : html`<p part="period">${notYet ? localize.term('consultation.opensOn', { date: this.#date(consultation.opensAt) }) : localize.term('consultation.openUntil', { date: this.#date(consultation.closesAt) })}</p>`}
      ${closed || notYet ? nothing : this.#renderForm(consultation)}
      <p part="status" role="status">${failed ? '' : this.#status}</p>
      ${failed ? html`<p part="status status-error" role="alert">${this.#status}</p>` : nothing}
      <p part="announcer" class="visually-hidden" role="status">${this.#announcement}</p>
      ${this.#results
        ? renderResults({ localize, language: this.language, level: level + 1, live: !published, text: (value, beside) => this.#text(value, beside) }, consultation, this.#results)
        : closed && !published
          ? html`<p part="not-published">${localize.term('consultation.notPublished')}</p>`
          : nothing}
    </section>`;
  }

  #errorOf(question: string): string | undefined {
    const issue = this.#issues.find((i) => questionOfPath(i.path) === question);
    if (!issue) return undefined;
    return this.localize.term(`fieldError.${issue.code === 'required' || issue.code === 'too-long' ? issue.code : 'invalid-value'}`);
  }

  #renderForm(consultation: Consultation): TemplateResult | typeof nothing {
    const draft = this.#draft;
    if (!draft) return nothing;
    const { localize } = this;
    const saved = this.#saved;
    return html`<form part="base" novalidate aria-labelledby="consultation-title" @submit=${(event: SubmitEvent) => this.#save(event)}>
      ${renderErrorSummary(localize, this.#saveState === 'invalid' ? this.#issues : [], {
        title: localize.plural('consultation.errorSummary', this.#issues.length),
        controlOf: (path) => {
          const question = questionOfPath(path);
          return question && consultation.questions.some((q) => q.key === question) ? controlId(question) : undefined;
        },
        labelOf: (control) => pickLocalized(consultation.questions.find((q) => controlId(q.key) === control)?.prompt, this.language)?.text ?? control,
        focusControl: (control) => this.#focusQuestion(control.slice(2)),
      })}
      ${saved && this.#saveState === 'idle' ? html`<p part="notice">${localize.term('consultation.savedBefore', { date: this.#date(saved.updatedAt) })}</p>` : nothing}
      ${consultation.questions.map((question) => this.#renderQuestion(question, draft))}
      <div part="actions">
        <button part="save" type="submit" aria-disabled=${this.#saveState === 'saving' ? 'true' : nothing}>${localize.term('consultation.save')}</button>
      </div>
    </form>`;
  }

  #prompt(question: Question): TemplateResult {
    return html`${this.#text(question.prompt)}${question.required ? html` <span part="required">${this.localize.term('consultation.required')}</span>` : nothing}`;
  }

  #renderQuestion(question: Question, draft: ConsultationDraft): TemplateResult {
    const { localize } = this;
    const id = controlId(question.key);
    const field = fieldState(id, this.#errorOf(question.key));
    const promptLanguage = pickLocalized(question.prompt, this.language)?.lang;
    if (question.kind === 'free-text') {
      const value = draft.text[question.key] ?? '';
      const max = question.maxLength ?? 4000;
      return html`<div part="question free-text field" data-question=${question.key}>
        <label part="prompt label" for=${id}>${this.#prompt(question)}</label>
        <textarea part="input" id=${id} rows="5" .value=${live(value)} aria-invalid=${field.invalid} aria-required=${question.required ? 'true' : nothing}
          aria-describedby=${describedBy(`${id}-counter`, field.describedBy)}
          @input=${(event: Event) => this.#change((d) => (d.text[question.key] = (event.target as HTMLTextAreaElement).value))}></textarea>
        <p part="counter" id="${id}-counter">${localize.term('consultation.remaining', { count: new Intl.NumberFormat(localize.uiLanguage).format(Math.max(0, max - value.length)) })}</p>
        ${field.message}
      </div>`;
    }
    if (question.kind === 'ranking') {
      const order = draft.ranking[question.key] ?? [];
      const labelOf = (key: string) => question.options.find((o) => o.key === key)?.label;
      return html`<fieldset part="question ranking-question" id=${id} data-question=${question.key} aria-invalid=${field.invalid}
        aria-describedby=${describedBy(`${id}-hint`, field.describedBy)}>
        <legend part="prompt">${this.#prompt(question)}</legend>
        <p part="hint" id="${id}-hint">${localize.term('consultation.rankHint')}</p>
        <ol part="ranking">
          ${repeat(
            order,
            (key) => key,
            (key, index) => {
              const option = pickLocalized(labelOf(key), this.language)?.text ?? key;
              return html`<li part="rank-item" data-option=${key}>
                <span part="rank-position" aria-hidden="true">${new Intl.NumberFormat(localize.uiLanguage).format(index + 1)}</span>
                <span part="rank-label">${this.#text(labelOf(key), promptLanguage)}</span>
                <span part="rank-buttons">
                  <button part="move-up" type="button" id="${id}-${key}-up" aria-disabled=${index === 0 ? 'true' : nothing}
                    aria-label=${localize.term('consultation.moveUp', { option })} @click=${() => this.#move(question, index, -1)}>↑</button>
                  <button part="move-down" type="button" id="${id}-${key}-down" aria-disabled=${index === order.length - 1 ? 'true' : nothing}
                    aria-label=${localize.term('consultation.moveDown', { option })} @click=${() => this.#move(question, index, 1)}>↓</button>
                </span>
              </li>`;
            },
          )}
        </ol>
        ${field.message}
      </fieldset>`;
    }
    const single = question.kind === 'single-choice';
    const chosen = (key: string) => (single ? draft.single[question.key] === key : (draft.multiple[question.key] ?? []).includes(key));
    const toggle = (key: string, checked: boolean) =>
      this.#change((d) => {
        if (single) d.single[question.key] = key;
        else {
          const set = new Set(d.multiple[question.key] ?? []);
          if (checked) set.add(key);
          else set.delete(key);
          // Keep the question's order, so the saved answer reads the same way as the form.
          d.multiple[question.key] = question.options.map((o) => o.key).filter((k) => set.has(k));
        }
      });
    return html`<fieldset part="question ${question.kind}" id=${id} data-question=${question.key} aria-invalid=${field.invalid}
      aria-describedby=${describedBy(`${id}-hint`, field.describedBy)} role=${single ? 'radiogroup' : nothing} aria-required=${single && question.required ? 'true' : nothing}>
      <legend part="prompt">${this.#prompt(question)}</legend>
      <p part="hint" id="${id}-hint">${localize.term(single ? 'consultation.chooseOne' : 'consultation.chooseAny')}</p>
      <ul part="options" role="list">
        ${question.options.map(
          (option) => html`<li>
            <label part="choice">
              <input type=${single ? 'radio' : 'checkbox'} name=${id} value=${option.key} .checked=${live(chosen(option.key))}
                @change=${(event: Event) => toggle(option.key, (event.target as HTMLInputElement).checked)} />
              ${this.#text(option.label, promptLanguage)}
            </label>
          </li>`,
        )}
      </ul>
      ${field.message}
    </fieldset>`;
  }

  #renderMessage(): TemplateResult {
    const ui = this.localize.uiLanguage;
    if (this.#loader.state === 'loading') return html`<p part="message" role="status" lang=${ui}>${this.localize.term('loading')}</p>`;
    if (this.#loader.state === 'error') {
      const notFound = statusOf(this.#loader.error) === 404;
      return html`<div part="message ${notFound ? 'not-found' : 'error'}" role="alert" lang=${ui} dir=${this.direction}>
        <p>${errorMessage(this.localize, this.#loader.error, this.localize.term('consultation.notFound'))}</p>
        ${notFound ? nothing : html`<button part="retry" type="button" @click=${() => this.#loader.reload()}>${this.localize.term('retry')}</button>`}
      </div>`;
    }
    return html``;
  }
}
