import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { ReturnRevisionBody, issuesOf, pickLocalized, type Organization, type OrganizationRevision } from '@ngo-liaison/core';
import { errorMessage } from '../../internal/error-message.js';
import { fieldText, type FieldTextContext } from '../../internal/field-text.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { ReferenceController } from '../../internal/reference-controller.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { writeFailure, type RevisionReviewClient } from '../../internal/write-client.js';
import { NgoRevisionDecideEvent } from '../../events/ngo-revision-decide.js';
import { tokens } from '../../styles/tokens.styles.js';
import { enCommon } from '../../translations/en/common.js';
import { enEditor } from '../../translations/en/editor.js';
import { loadEditorAreas } from '../../translations/load-editor-areas.js';
import { issueMessage } from '../ngo-organization-editor/editor-messages.js';
import { editorStyles } from '../ngo-organization-editor/ngo-organization-editor.styles.js';
import { reviewStyles } from './ngo-revision-review.styles.js';

export type ReviewState = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** What the page knows of one revision besides itself: the profile now, and the outcome of an action on it. */
interface RevisionView {
  revision: OrganizationRevision;
  /** The published profile now (the diff's "before"); undefined when it could not be read. */
  current?: Organization | undefined;
  reason: string;
  reasonError?: string | undefined;
  /** 409 on publish: the profile's version now. */
  movedTo?: string | undefined;
  error?: string | undefined;
  busy: boolean;
}

/**
 * @summary The Secretariat's review of proposed profile changes: each pending revision as a
 * field-by-field diff (before → after, as text), with Publish and Return-with-a-reason. A
 * publish that races another change (409) says the profile moved on.
 *
 * @tagname ngo-revision-review
 *
 * @event ngo-revision-decide - {NgoRevisionDecideEvent} A revision was published or returned.
 *
 * @csspart base - The review's box.
 * @csspart heading - The title.
 * @csspart status - The live region saying what the last action did.
 * @csspart empty - "No change is waiting for review."
 * @csspart revisions - The list of pending revisions; `revision` one of them.
 * @csspart revision-title - The organisation's name.
 * @csspart submitted - Who sent it and when.
 * @csspart diff - The changed fields (`<dl>`); `diff-field` one field, `before` and `after` its values.
 * @csspart moved - The 409 message: the profile changed since the revision was made.
 * @csspart actions - Publish, the reason and Return.
 * @csspart publish - The Publish button.
 * @csspart return - The Return button.
 * @csspart input - The reason's text area.
 * @csspart field-error - A problem with the reason.
 * @csspart message - The loading or error text.
 * @csspart retry - The Retry button after a load error.
 *
 * @cssprop --ngo-color-danger - Errors and the 409 message.
 * @cssprop --ngo-color-primary - Buttons.
 */
export class NgoRevisionReview extends LiaisonElement {
  static override styles = [tokens, sharedStyles, editorStyles, reviewStyles];

  /** The Liaison client, signed in as the Secretariat (property only; the element keeps no credential). */
  @property({ attribute: false }) client?: RevisionReviewClient;

  /** Only this organisation's revisions (optional). */
  @property() organization?: string;

  /** Level of the title (1–5); each revision's heading is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly localize = new LocalizeController(this, [enCommon, enEditor], loadEditorAreas);
  readonly #reference = new ReferenceController(this);
  #state: ReviewState = 'idle';
  #views: RevisionView[] = [];
  #loadError: unknown;
  #loadToken = 0;
  #status = '';

  get state(): ReviewState {
    return this.#state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('client') || changed.has('organization')) void this.#load();
  }

  async #load(): Promise<void> {
    const { client, organization } = this;
    const token = ++this.#loadToken;
    if (!client) return void (this.#state = 'idle');
    this.#state = 'loading';
    try {
      const page = await client.revisions.list({ state: 'pending', limit: 100, ...(organization ? { organization } : {}) });
      // The "before" of each diff: the profile as published now, once per organisation.
      const ids = [...new Set(page.items.map((r) => r.organizationId))];
      const current = new Map(
        await Promise.all(ids.map(async (id) => [id, await client.organizations.getForEdit(id).then((r) => r.organization, () => undefined)] as const)),
      );
      if (token !== this.#loadToken) return;
      this.#views = page.items.map((revision) => ({ revision, current: current.get(revision.organizationId), reason: '', busy: false }));
      this.#state = this.#views.length ? 'ready' : 'empty';
    } catch (error) {
      if (token !== this.#loadToken) return;
      this.#loadError = error;
      this.#state = 'error';
    }
    this.requestUpdate();
  }

  #context(): FieldTextContext {
    return { host: this, language: this.language, localize: this.localize, reference: this.#reference };
  }

  #done(view: RevisionView, decision: 'published' | 'returned'): void {
    this.#views = this.#views.filter((v) => v !== view);
    this.#status = this.localize.term(decision === 'published' ? 'review.published' : 'review.returnedDone');
    if (this.#views.length === 0) this.#state = 'empty';
    this.requestUpdate();
    this.emit(new NgoRevisionDecideEvent(decision, view.revision));
  }

  async #publish(view: RevisionView): Promise<void> {
    if (!this.client || view.busy) return;
    Object.assign(view, { busy: true, error: undefined, movedTo: undefined });
    this.requestUpdate();
    try {
      await this.client.revisions.publish(view.revision.id);
      this.#done(view, 'published');
    } catch (error) {
      const failure = writeFailure(error);
      // The version as people read it: the ETag without its quotes or reader-view suffix.
      if (failure.kind === 'http' && failure.status === 409) view.movedTo = (failure.currentVersion ?? '?').replace(/^W\//, '').replace(/"/g, '').split('.')[0];
      else view.error = errorMessage(this.localize, error);
    }
    view.busy = false;
    this.requestUpdate();
  }

  async #return(view: RevisionView, index: number): Promise<void> {
    if (!this.client || view.busy) return;
    const parsed = z.safeParse(ReturnRevisionBody, { reason: view.reason });
    // A blank reason is "required" to the user (zod reports the trimmed text as too short).
    const issue = parsed.success ? undefined : view.reason.trim() ? issuesOf(parsed.error)[0]! : { path: 'reason', message: '', code: 'required' };
    view.reasonError = issue && issueMessage(this.#context(), issue);
    if (!parsed.success) {
      this.requestUpdate();
      await this.updateComplete;
      return this.renderRoot.querySelector<HTMLElement>(`#reason-${index}`)?.focus();
    }
    Object.assign(view, { busy: true, error: undefined });
    this.requestUpdate();
    try {
      await this.client.revisions.return(view.revision.id, parsed.data.reason);
      this.#done(view, 'returned');
    } catch (error) {
      const failure = writeFailure(error);
      const issue = failure.issues[0];
      if (issue) view.reasonError = issueMessage(this.#context(), issue);
      else view.error = errorMessage(this.localize, error);
    }
    view.busy = false;
    this.requestUpdate();
  }

  override render(): TemplateResult {
    const ui = this.localize.uiLanguage;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<section part="base" lang=${ui} dir=${this.direction} aria-labelledby="review-title">
      <div part="heading" id="review-title" role="heading" aria-level=${level}>${this.localize.term('review.label')}</div>
      <p part="status" role="status">${this.#status}</p>
      ${this.#state === 'ready'
        ? html`<ol part="revisions" role="list">${this.#views.map((view, index) => this.#renderRevision(view, index, level + 1))}</ol>`
        : this.#state === 'empty'
          ? html`<p part="empty">${this.localize.term('review.empty')}</p>`
          : this.#renderMessage()}
    </section>`;
  }

  #renderRevision(view: RevisionView, index: number, level: number): TemplateResult {
    const { localize } = this;
    const { revision, current } = view;
    const context = this.#context();
    const name = pickLocalized(revision.proposed.name, this.language);
    const date = new Intl.DateTimeFormat(localize.uiLanguage, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(revision.submittedAt));
    const fields = Object.keys(revision.patch);
    const value = (org: Organization | undefined, field: string) => (org ? fieldText(context, field, (org as Record<string, unknown>)[field]) : '?');
    const label = (field: string) => localize.lookup(`field.${field}` as 'field.name') ?? field;
    return html`<li part="revision">
      <article aria-labelledby="revision-${index}">
        <div part="revision-title" id="revision-${index}" role="heading" aria-level=${Math.min(6, level)} lang=${name?.lang ?? nothing}>
          <bdi>${name?.text ?? revision.organizationId}</bdi>
        </div>
        <p part="submitted">${localize.term('review.submitted', { name: revision.submittedBy.displayName, date })}</p>
        ${view.movedTo ? html`<p part="moved" role="alert">${localize.term('review.moved', { version: view.movedTo })}</p>` : nothing}
        ${view.error ? html`<p part="field-error" role="alert">${view.error}</p>` : nothing}
        <dl part="diff">
          ${fields.map(
            (field) => html`<div part="diff-field">
              <dt>${label(field)}</dt>
              <dd><span part="comparison-label">${localize.term('review.before')}</span> <span part="before">${value(current, field)}</span></dd>
              <dd><span part="comparison-label">${localize.term('review.after')}</span> <span part="after">${value(revision.proposed, field)}</span></dd>
            </div>`,
          )}
        </dl>
        <div part="actions">
          <button part="publish" type="button" aria-disabled=${view.busy ? 'true' : nothing} @click=${() => this.#publish(view)}>${localize.term('review.publish')}</button>
          <div part="field">
            <label part="label" for="reason-${index}">${localize.term('review.reason')}</label>
            <textarea part="input" id="reason-${index}" rows="2" .value=${view.reason} aria-invalid=${view.reasonError ? 'true' : nothing}
              aria-describedby=${view.reasonError ? `reason-${index}-error` : nothing}
              @input=${(event: Event) => (view.reason = (event.target as HTMLTextAreaElement).value)}></textarea>
            ${view.reasonError ? html`<p part="field-error" id="reason-${index}-error">${view.reasonError}</p>` : nothing}
          </div>
          <button part="return" type="button" aria-disabled=${view.busy ? 'true' : nothing} @click=${() => this.#return(view, index)}>${localize.term('review.return')}</button>
        </div>
      </article>
    </li>`;
  }

  #renderMessage(): TemplateResult | typeof nothing {
    if (this.#state === 'loading') return html`<p part="message">${this.localize.term('loading')}</p>`;
    if (this.#state !== 'error') return nothing;
    return html`<div part="message" role="alert">
      <p>${errorMessage(this.localize, this.#loadError)}</p>
      <button part="retry" type="button" @click=${() => this.#load()}>${this.localize.term('retry')}</button>
    </div>`;
  }
}
