import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { pickLocalized, type ActionActor, type FieldIssue, type Programme, type SubmittedAction } from '@ngo-liaison/core';
import { renderErrorSummary, issueMessage } from '../../internal/error-summary.js';
import { errorMessage } from '../../internal/error-message.js';
import { languageName } from '../../internal/field-text.js';
import type { ActionSubmitClient } from '../../internal/forms-client.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { OfficeNamesController } from '../../internal/office-names.js';
import { ReferenceController } from '../../internal/reference-controller.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { writeFailure } from '../../internal/write-client.js';
import { NgoActionSubmitEvent } from '../../events/ngo-action-submit.js';
import { tokens } from '../../styles/tokens.styles.js';
import { enCommon } from '../../translations/en/common.js';
import { enEditor } from '../../translations/en/editor.js';
import { enForms } from '../../translations/en/forms.js';
import { loadFormsAreas } from '../../translations/load-forms-areas.js';
import { editorStyles } from '../ngo-organization-editor/ngo-organization-editor.styles.js';
import { controlOf, emptyDraft, submissionOf, validateDraft, type ActionDraft } from './action-draft.js';
import { renderLanguages, renderLinks, renderOutcomes, renderProgramme, renderSdgs, renderTexts, renderWhen, renderWhere, type ActionSections } from './action-sections.js';
import { renderMine } from './my-submissions.js';
import { actionSubmitStyles } from './ngo-action-submit.styles.js';

export type ActionSubmitState = 'idle' | 'loading' | 'ready' | 'error';
/** Where the last send stands: `pending` (waits for the sector), `published`, `invalid` (the summary lists the problems), `failed`. */
export type ActionSendState = 'idle' | 'sending' | 'pending' | 'published' | 'invalid' | 'failed';

/**
 * @summary An action on the ground within a UNESCO programme, reported by an NGO's editor or a
 * field office: programme, countries, field offices, place, dates, and title, description and
 * outcomes in the languages the author writes (nothing is copied across languages), links and
 * SDGs. Checked with core's schema before sending; an error summary takes focus and links to
 * each field, messages come from the problems' field codes in six languages. An NGO's action
 * waits for the programme's sector ("pending review"); a field office's own is published at
 * once. Below the form, the submitter's actions still pending or returned, with the reason.
 * A failed send (network, 400, 403, 409) keeps everything typed.
 *
 * @tagname ngo-action-submit
 *
 * @event ngo-action-submit - {NgoActionSubmitEvent} An action was sent: `submission.state` is `pending` or `published`.
 *
 * @csspart base - The form.
 * @csspart heading - The form's title.
 * @csspart status - The live region saying what the last send did (`status-error` when it failed).
 * @csspart error-summary - The list of problems (takes focus); `error-summary-title` its heading.
 * @csspart fieldset - Each group of fields (also `outcome`); `legend` its title.
 * @csspart field - A label, its control and its message.
 * @csspart label - A control's label.
 * @csspart hint - A hint below a label.
 * @csspart input - A text field, text area or date (`date`).
 * @csspart select - A drop-down list.
 * @csspart options - A list of checkboxes (languages, SDGs).
 * @csspart chips - The chosen countries or field offices; `chip` one of them.
 * @csspart dates - The start and end dates.
 * @csspart field-error - The message under a field with a problem.
 * @csspart add-row - "Add a country", "Add a field office".
 * @csspart add - An Add button.
 * @csspart remove - A Remove button.
 * @csspart actions - The Send button's row; `save` the button.
 * @csspart mine - The submitter's actions pending or returned; `mine-title` its heading, `empty` when none.
 * @csspart submissions - Their list; `submission` one (also `pending` or `returned`), with `submission-title`,
 *   `submission-programme`, `submission-state` and the return's `reason`.
 * @csspart message - The loading or error text.
 * @csspart retry - The Retry button after a load error.
 *
 * @cssprop --ngo-color-danger - Errors.
 * @cssprop --ngo-color-primary - Buttons and links.
 * @cssprop --ngo-color-border - Borders of fields.
 * @cssprop --ngo-color-focus - Focus outline.
 */
export class NgoActionSubmit extends LiaisonElement {
  static override styles = [tokens, sharedStyles, editorStyles, actionSubmitStyles];

  /**
   * The Liaison client to send with (`createClient()` from `@ngo-liaison/client`, with a token
   * or a cookie session). Property only: the element never sees or keeps a credential.
   */
  @property({ attribute: false }) client?: ActionSubmitClient;

  /** The organisation reporting the action (its NGO editor is signed in). */
  @property() organization?: string;

  /** The field office reporting its own action (instead of `organization`). */
  @property({ attribute: 'field-office' }) fieldOffice?: string;

  /** The programme chosen when the form opens (the reporter may change it). */
  @property() programme?: string;

  /** Level of the form's title (1–5); the list of the submitter's actions is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly localize = new LocalizeController(this, [enCommon, enEditor, enForms], loadFormsAreas);
  readonly #reference = new ReferenceController(this);
  readonly #offices = new OfficeNamesController(this);

  #state: ActionSubmitState = 'idle';
  #sendState: ActionSendState = 'idle';
  #loadError: unknown;
  #failure = '';
  #loadToken = 0;
  #programmes: Programme[] = [];
  #mine: SubmittedAction[] = [];
  #draft?: ActionDraft;
  #issues: FieldIssue[] = [];
  /** Kept until the send succeeds or the draft changes, so a retry after a lost answer creates nothing twice. */
  #idempotencyKey?: string | undefined;
  #countryCodes: string[] = [];
  #officeCodes: string[] = [];

  /** `ready` once the programmes have loaded; `loading`, `error`, or `idle` without a client. */
  get state(): ActionSubmitState {
    return this.#state;
  }

  /** What the last send did. */
  get sendState(): ActionSendState {
    return this.#sendState;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The lists of countries and field offices come with the reference chunks, loaded lazily.
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
    if (changed.has('programme') && this.#draft && this.programme) this.#draft.programme = this.programme;
    // Another client (the page signed in again) keeps what the user typed.
    if (changed.has('organization') || changed.has('fieldOffice') || (changed.has('client') && this.#state !== 'ready')) void this.#load();
  }

  #actor(): ActionActor | undefined {
    if (this.organization) return { kind: 'organization', organization: this.organization };
    if (this.fieldOffice) return { kind: 'field-office', fieldOffice: this.fieldOffice };
    return undefined;
  }

  async #load(): Promise<void> {
    const { client } = this;
    const token = ++this.#loadToken;
    if (!client || !this.#actor()) return void (this.#state = 'idle');
    this.#state = 'loading';
    try {
      const page = await client.programmes.list({ limit: 100 });
      if (token !== this.#loadToken) return;
      this.#programmes = [...page.items];
      this.#draft ??= emptyDraft(this.language, this.programme ?? '');
      this.#state = 'ready';
      this.trackPending(this.#loadMine(client, token));
    } catch (error) {
      if (token !== this.#loadToken) return;
      this.#loadError = error;
      this.#state = 'error';
    }
    this.requestUpdate();
  }

  /** The submitter's actions still waiting for the sector, and those it returned (with the reason). */
  async #loadMine(client: ActionSubmitClient, token: number): Promise<void> {
    const { organization } = this;
    const list = (state: 'pending' | 'returned') =>
      Promise.resolve(client.actionSubmissions.list({ state, limit: 50, ...(organization ? { organization } : {}) })).then(
        (page) => page.items,
        () => [],
      );
    const [pending, returned] = await Promise.all([list('pending'), list('returned')]);
    if (token !== this.#loadToken) return;
    this.#mine = [...pending, ...returned].sort((a, b) => (b.decidedAt ?? b.submittedAt).localeCompare(a.decidedAt ?? a.submittedAt));
    this.requestUpdate();
  }

  #change = (mutate: (draft: ActionDraft) => void): void => {
    if (!this.#draft) return;
    mutate(this.#draft);
    this.#idempotencyKey = undefined;
    this.requestUpdate();
  };

  #focusControl = (id: string): void => {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    (target?.matches('fieldset') ? target.querySelector<HTMLElement>('input, select, textarea, button') : target)?.focus();
  };

  async #send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { client } = this;
    const actor = this.#actor();
    const draft = this.#draft;
    if (!client || !actor || !draft || this.#sendState === 'sending') return;
    const issues = validateDraft(draft, actor);
    if (issues.length) return this.#showIssues(issues);
    this.#issues = [];
    this.#sendState = 'sending';
    this.requestUpdate();
    this.#idempotencyKey ??= crypto.randomUUID();
    try {
      const result = await client.actions.submit(submissionOf(draft, actor), { idempotencyKey: this.#idempotencyKey });
      this.#idempotencyKey = undefined;
      // A fresh form in the same languages, for the next action.
      this.#draft = { ...emptyDraft(this.language, draft.programme), languages: draft.languages };
      if (result.state === 'pending') this.#mine = [result, ...this.#mine.filter((s) => s.action.id !== result.action.id)];
      this.#sendState = result.state === 'published' ? 'published' : 'pending';
      this.requestUpdate();
      this.emit(new NgoActionSubmitEvent(result));
    } catch (error) {
      const failure = writeFailure(error);
      if (failure.kind === 'http' && failure.status === 400 && failure.issues.length) return this.#showIssues(failure.issues);
      this.#failure = failure.kind === 'http' && failure.status === 403 ? this.localize.term('forms.forbidden') : errorMessage(this.localize, error);
      this.#sendState = 'failed';
      this.requestUpdate();
    }
  }

  async #showIssues(issues: FieldIssue[]): Promise<void> {
    this.#issues = issues;
    this.#sendState = 'invalid';
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="error-summary"]')?.focus();
  }

  #errorOf = (control: string): string | undefined => {
    const draft = this.#draft;
    const issue = draft && this.#issues.find((i) => controlOf(i.path, draft) === control);
    return issue && issueMessage(this.localize, issue);
  };

  /** The control's name in the error summary ("Title: In French", "Outcome 2: In Arabic"). */
  #labelOf = (control: string): string => {
    const { localize } = this;
    const [field, key, sub] = control.split('-');
    const inLanguage = (lang: string) => localize.term('forms.inLanguage', { language: languageName(lang, localize.uiLanguage) });
    const pair = (name: string, lang: string) => localize.term('editor.issue', { field: name, message: inLanguage(lang) });
    switch (field) {
      case 'title':
      case 'description':
        return pair(localize.term(`submit.${field}`), key!);
      case 'outcomes':
        return pair(localize.term('submit.outcome', { number: Number(key) + 1 }), sub!);
      case 'add':
        return localize.term('submit.outcomes');
      case 'programme':
        return localize.term('forms.programme');
      default:
        return localize.term(`submit.${field as 'countries' | 'fieldOffices' | 'place' | 'start' | 'end' | 'links' | 'sdgs'}`);
    }
  };

  #statusText(): string {
    const { localize } = this;
    switch (this.#sendState) {
      case 'sending':
        return localize.term('forms.sending');
      case 'pending':
        return localize.term('submit.pending');
      case 'published':
        return localize.term('submit.published');
      case 'failed':
        return localize.term('forms.sendFailed', { reason: this.#failure });
      default:
        return '';
    }
  }

  #sections(draft: ActionDraft): ActionSections {
    const { language } = this;
    const collator = new Intl.Collator(language);
    const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
    return {
      localize: this.localize,
      language,
      draft,
      errorOf: this.#errorOf,
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
    const ui = this.localize.uiLanguage;
    const level = Math.min(5, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const draft = this.#draft;
    if (!this.#actor()) return html`<p part="message" role="alert" lang=${ui} dir=${this.direction}>${this.localize.term('submit.noActor')}</p>`;
    if (this.#state !== 'ready' || !draft) return this.#renderMessage();
    const s = this.#sections(draft);
    const failed = this.#sendState === 'failed';
    return html`<div part="container" lang=${ui} dir=${this.direction}>
      <form part="base" novalidate aria-labelledby="submit-title" @submit=${(event: SubmitEvent) => this.#send(event)}>
        <div part="heading" id="submit-title" role="heading" aria-level=${level}>${this.localize.term('submit.label')}</div>
        ${renderErrorSummary(this.localize, this.#sendState === 'invalid' ? this.#issues : [], {
          title: this.localize.plural('forms.errorSummary', this.#issues.length),
          controlOf: (path) => controlOf(path, draft),
          labelOf: this.#labelOf,
          focusControl: this.#focusControl,
        })}
        ${renderLanguages(s)} ${renderProgramme(s)} ${renderTexts(s)} ${renderWhere(s)} ${renderWhen(s)} ${renderOutcomes(s)} ${renderLinks(s)}
        ${renderSdgs(s)}
        <div part="actions">
          <button part="save" type="submit" aria-disabled=${this.#sendState === 'sending' ? 'true' : nothing}>${this.localize.term('forms.send')}</button>
          <p part="status" role="status">${failed ? '' : this.#statusText()}</p>
          <p part="status status-error" role="alert">${failed ? this.#statusText() : ''}</p>
        </div>
      </form>
      ${renderMine({ localize: this.localize, language: this.language, programmes: this.#programmes, level: level + 1 }, this.#mine)}
    </div>`;
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
