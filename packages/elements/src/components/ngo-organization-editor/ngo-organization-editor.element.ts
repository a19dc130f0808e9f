import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CONCEPT_IDS, pickLocalized, versionFromIfMatch, type FieldIssue, type Organization, type OrganizationRevision } from '@ngo-liaison/core';
import { conceptLabel } from '../../internal/concept-labels.js';
import { errorMessage } from '../../internal/error-message.js';
import type { FieldTextContext } from '../../internal/field-text.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { ReferenceController } from '../../internal/reference-controller.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { writeFailure, type OrganizationEditorClient } from '../../internal/write-client.js';
import { NgoSavedEvent } from '../../events/ngo-saved.js';
import { tokens } from '../../styles/tokens.styles.js';
import { enCommon } from '../../translations/en/common.js';
import { enEditor } from '../../translations/en/editor.js';
import { loadEditorAreas } from '../../translations/load-editor-areas.js';
import { changedFields, controlOf, draftOf, patchOf, rebaseDraft, validateDraft, type Draft, type EditedField } from './editor-draft.js';
import { issueMessage, renderConflict, renderErrorSummary, renderRevisionNotice } from './editor-messages.js';
import { renderContacts, renderCountries, renderNames, renderSdgs, renderSectors, renderTextField, renderVocabulary, type SectionContext } from './editor-sections.js';
import { editorStyles } from './ngo-organization-editor.styles.js';

export type EditorState = 'idle' | 'loading' | 'ready' | 'error';
/** Where the last save stands: `invalid` (the summary lists the problems), `conflict` (412), `failed` (network, 403, 5xx). */
export type SaveState = 'idle' | 'saving' | 'published' | 'pending' | 'invalid' | 'conflict' | 'reapplied' | 'failed' | 'unchanged';

/**
 * @summary An NGO's profile form: names in the languages it has, fields of action from the
 * controlled vocabulary, sectors, SDGs, countries of presence, working languages, website and
 * contacts with their visibility. Validates with core's schemas before sending; an error summary
 * takes focus and links to each field; messages come from the problem's field codes in six
 * languages. A Secretariat save is published at once; an NGO editor's waits for review (the
 * pending state and a returned change's reason are shown). On a 412 nothing typed is lost: the
 * current version is shown beside the user's values, and one action re-applies them.
 *
 * @tagname ngo-organization-editor
 *
 * @event ngo-saved - {NgoSavedEvent} The profile was saved: `result.status` is `published` or `pending`.
 *
 * @csspart base - The form.
 * @csspart status - The live region saying what the last save did.
 * @csspart error-summary - The list of problems (takes focus); `error-summary-title` its heading.
 * @csspart conflict - After a 412: the comparison and the re-apply button (`comparison`, `comparison-field`,
 *   `comparison-label`, `comparison-current`, `comparison-yours`, `reapply`).
 * @csspart notice - A change waiting for review (`pending`) or returned (`returned`, with its `reason`).
 * @csspart fieldset - Each group of fields (also `contact`, `visibility`); `legend` its title.
 * @csspart field - A label, its control and its message.
 * @csspart label - A control's label.
 * @csspart hint - A hint below a label.
 * @csspart input - A text field.
 * @csspart select - A drop-down list.
 * @csspart options - A list of checkboxes.
 * @csspart chips - The chosen countries; `chip` one of them.
 * @csspart field-error - The message under a field with a problem.
 * @csspart row - A name's field and its Remove button.
 * @csspart add-row - "Add a name in…", "Add a country".
 * @csspart add - An Add button.
 * @csspart remove - A Remove button.
 * @csspart actions - The Save button's row; `save` the button.
 * @csspart message - The loading or error text.
 * @csspart retry - The Retry button after a load error.
 *
 * @cssprop --ngo-color-danger - Errors.
 * @cssprop --ngo-color-primary - Buttons and links.
 * @cssprop --ngo-color-border - Borders of fields.
 * @cssprop --ngo-color-focus - Focus outline.
 */
export class NgoOrganizationEditor extends LiaisonElement {
  static override styles = [tokens, sharedStyles, editorStyles];

  /**
   * The Liaison client to load and save with (`createClient()` from `@ngo-liaison/client`, with a
   * token or a cookie session). Property only: the element never sees or keeps a credential.
   * Setting another one once the profile has loaded keeps what the user typed.
   */
  @property({ attribute: false }) client?: OrganizationEditorClient;

  /** Id of the organisation to edit (e.g. `demo-lanternfish-literacy-network`). */
  @property({ attribute: 'organization-id' }) organizationId?: string;

  protected readonly localize = new LocalizeController(this, [enCommon, enEditor], loadEditorAreas);
  readonly #reference = new ReferenceController(this);

  #state: EditorState = 'idle';
  #saveState: SaveState = 'idle';
  #loadError: unknown;
  #failure = '';
  #loadToken = 0;
  /** The record the draft was made against, and its version (the ETag to send). */
  #original?: Organization;
  #version = '';
  #draft?: Draft;
  #issues: FieldIssue[] = [];
  #conflict?: { current: Organization; version: string; fields: EditedField[] };
  #pending?: OrganizationRevision;
  #returned?: OrganizationRevision;
  #nameToAdd?: string;
  #countryToAdd?: string;
  #countryCodes: string[] = [];

  /** `ready` once the profile has loaded; `loading`, `error`, or `idle` without a client or id. */
  get state(): EditorState {
    return this.#state;
  }

  /** What the last save did. */
  get saveState(): SaveState {
    return this.#saveState;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Country names come with the reference chunk the ReferenceController loads; so does the list.
    if (this.#countryCodes.length === 0) {
      this.trackPending(
        import('../../internal/reference.js').then(
          ({ COUNTRIES }) => ((this.#countryCodes = COUNTRIES.map((c) => c.code)), this.requestUpdate()),
          () => undefined,
        ),
      );
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another client (the page signed in again) keeps what the user typed; another organisation loads afresh.
    if (changed.has('organizationId') || (changed.has('client') && this.#state !== 'ready')) void this.#load();
  }

  async #load(): Promise<void> {
    const { client, organizationId: id } = this;
    const token = ++this.#loadToken;
    if (!client || !id) return void (this.#state = 'idle');
    this.#state = 'loading';
    try {
      const { organization, version } = await client.organizations.getForEdit(id);
      if (token !== this.#loadToken) return;
      this.#original = organization;
      this.#version = version;
      this.#draft = draftOf(organization);
      this.#issues = [];
      this.#conflict = undefined;
      this.#saveState = 'idle';
      this.#state = 'ready';
      this.trackPending(this.#loadRevisions(client, id, token));
    } catch (error) {
      if (token !== this.#loadToken) return;
      this.#loadError = error;
      this.#state = 'error';
    }
    this.requestUpdate();
  }

  /** The newest pending and returned revisions: the first is waiting, the second has a reason to show. */
  async #loadRevisions(client: OrganizationEditorClient, organization: string, token: number): Promise<void> {
    const newest = (state: 'pending' | 'returned') =>
      client.revisions.list({ organization, state, limit: 1 }).then(
        (page) => page.items[0],
        () => undefined,
      );
    const [pending, returned] = await Promise.all([newest('pending'), newest('returned')]);
    if (token !== this.#loadToken) return;
    this.#pending = pending;
    // The editor sees its pending version, not the published one: the form shows what it proposed,
    // so a further change builds on it (saved, it is one newer revision with both). Only while the
    // proposal is based on the current version and nothing was typed meanwhile.
    const original = this.#original;
    if (pending && original && versionFromIfMatch(this.#version) === pending.basedOnVersion && JSON.stringify(this.#draft) === JSON.stringify(draftOf(original))) {
      this.#draft = draftOf(pending.proposed);
    }
    // A returned change matters until the editor has sent a newer one.
    this.#returned = returned && (!pending || (returned.decidedAt ?? returned.submittedAt) > pending.submittedAt) ? returned : undefined;
    this.requestUpdate();
  }

  #context(): FieldTextContext {
    return { host: this, language: this.language, localize: this.localize, reference: this.#reference };
  }

  #change = (mutate: (draft: Draft) => void): void => {
    if (!this.#draft) return;
    mutate(this.#draft);
    this.requestUpdate();
  };

  #focusControl = (id: string): void => {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    (target?.matches('fieldset') ? target.querySelector<HTMLElement>('input, select, textarea, button') : target)?.focus();
  };

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { client, organizationId: id } = this;
    const original = this.#original;
    const draft = this.#draft;
    if (!client || !id || !original || !draft || this.#saveState === 'saving') return;
    const issues = validateDraft(original, draft);
    if (issues.length) return this.#showIssues(issues);
    const patch = patchOf(original, draft);
    this.#issues = [];
    if (Object.keys(patch).length === 0) return void ((this.#saveState = 'unchanged'), this.requestUpdate());
    this.#saveState = 'saving';
    this.requestUpdate();
    try {
      const result = await client.organizations.update(id, patch, { ifMatch: this.#version });
      if (result.status === 'published') {
        this.#original = result.organization;
        this.#version = result.version;
        this.#draft = draftOf(result.organization);
        this.#pending = undefined;
      } else {
        this.#pending = result.revision;
      }
      this.#returned = undefined;
      this.#saveState = result.status;
      this.requestUpdate();
      this.emit(new NgoSavedEvent(result));
    } catch (error) {
      await this.#saveFailed(error, client, id);
    }
  }

  #showIssues(issues: FieldIssue[]): Promise<void> {
    this.#issues = issues;
    this.#saveState = 'invalid';
    this.requestUpdate();
    return this.#focus('[part="error-summary"]');
  }

  /** Whatever went wrong, the draft stays as the user typed it. */
  async #saveFailed(error: unknown, client: OrganizationEditorClient, id: string): Promise<void> {
    const failure = writeFailure(error);
    if (failure.kind === 'http' && (failure.status === 412 || failure.status === 409)) {
      let { current, currentVersion: version } = failure;
      if (!current || !version) {
        ({ organization: current, version } = await client.organizations.getForEdit(id).catch(() => ({ organization: undefined, version: undefined })));
      }
      if (current && version) {
        this.#conflict = { current, version, fields: changedFields(this.#original!, this.#draft!) };
        this.#saveState = 'conflict';
        this.requestUpdate();
        return this.#focus('[part="conflict"]');
      }
    }
    if (failure.kind === 'http' && failure.status === 400 && failure.issues.length) return this.#showIssues(failure.issues);
    this.#failure = failure.kind === 'http' && failure.status === 403 ? this.localize.term('editor.forbidden') : errorMessage(this.localize, error);
    this.#saveState = 'failed';
    this.requestUpdate();
  }

  #reapply = (): void => {
    const conflict = this.#conflict;
    if (!conflict || !this.#original || !this.#draft) return;
    this.#draft = rebaseDraft(this.#original, this.#draft, conflict.current);
    this.#original = conflict.current;
    this.#version = conflict.version;
    this.#conflict = undefined;
    this.#saveState = 'reapplied';
    this.requestUpdate();
    void this.#focus('[part="save"]');
  };

  #errorOf = (control: string): string | undefined => {
    const issue = this.#issues.find((i) => controlOf(i.path, this.#draft!) === control);
    return issue && issueMessage(this.#context(), issue);
  };

  #statusText(): string {
    const { localize } = this;
    switch (this.#saveState) {
      case 'saving':
        return localize.term('editor.saving');
      case 'published':
        return localize.term('editor.published');
      case 'pending':
        return localize.term('editor.pending');
      case 'reapplied':
        return localize.term('editor.reapplied');
      case 'unchanged':
        return localize.term('editor.nothingToSave');
      case 'failed':
        return localize.term('editor.saveFailed', { reason: this.#failure });
      default:
        return '';
    }
  }

  override render(): TemplateResult {
    const original = this.#original;
    const draft = this.#draft;
    const ui = this.localize.uiLanguage;
    if (this.#state !== 'ready' || !original || !draft) return this.#renderMessage();
    const context = this.#context();
    const collator = new Intl.Collator(this.language);
    const sections: SectionContext = {
      ...context,
      draft,
      errorOf: this.#errorOf,
      change: this.#change,
      concepts: CONCEPT_IDS.map((id) => ({ id, label: conceptLabel(this, id, this.language) })).sort((a, b) => collator.compare(a.label, b.label)),
      countries: this.#countryCodes
        .map((code) => ({ code, name: this.#reference.countryName(code, this.language).text }))
        .sort((a, b) => collator.compare(a.name, b.name)),
      nameToAdd: this.#nameToAdd as SectionContext['nameToAdd'],
      countryToAdd: this.#countryToAdd,
      pick: (what, value) => (what === 'name' ? (this.#nameToAdd = value) : (this.#countryToAdd = value)),
    };
    const name = pickLocalized(original.name, this.language)?.text ?? original.id;
    const failed = this.#saveState === 'failed';
    return html`<form part="base" lang=${ui} dir=${this.direction} novalidate aria-label=${this.localize.term('editor.label', { name })}
      @submit=${(event: SubmitEvent) => this.#save(event)}>
      ${this.#saveState === 'pending' ? nothing : renderRevisionNotice(context, this.#pending, this.#returned)}
      ${renderErrorSummary(context, this.#saveState === 'invalid' ? this.#issues : [], draft, this.#focusControl)}
      ${this.#conflict ? renderConflict(context, this.#conflict, original, draft, this.#reapply) : nothing}
      ${renderNames(sections)} ${renderVocabulary(sections)} ${renderSectors(sections)} ${renderSdgs(sections)}
      ${renderCountries(sections)} ${renderTextField(sections, 'workingLanguages')} ${renderTextField(sections, 'website')}
      ${renderContacts(sections, original.provenance.fictional)}
      <div part="actions">
        <button part="save" type="submit" aria-disabled=${this.#saveState === 'saving' ? 'true' : nothing}>${this.localize.term('editor.save')}</button>
        <p part="status" role="status">${failed ? '' : this.#statusText()}</p>
        <p part="status status-error" role="alert">${failed ? this.#statusText() : ''}</p>
      </div>
    </form>`;
  }

  #renderMessage(): TemplateResult {
    const ui = this.localize.uiLanguage;
    if (this.#state === 'loading') return html`<p part="message" role="status" lang=${ui}>${this.localize.term('loading')}</p>`;
    if (this.#state === 'error') {
      return html`<div part="message" role="alert" lang=${ui} dir=${this.direction}>
        <p>${errorMessage(this.localize, this.#loadError, this.localize.term('notFound'))}</p>
        <button part="retry" type="button" @click=${() => this.#load()}>${this.localize.term('retry')}</button>
      </div>`;
    }
    return html``;
  }
}
