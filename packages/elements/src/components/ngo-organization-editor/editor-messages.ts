import { html, nothing, type TemplateResult } from 'lit';
import type { FieldIssue, Organization, OrganizationRevision } from '@ngo-liaison/core';
import { issueMessage as messageOf, renderErrorSummary as renderSummary } from '../../internal/error-summary.js';
import { fieldText, languageName, type FieldTextContext } from '../../internal/field-text.js';
import { applyDraft, controlOf, type Draft, type EditedField } from './editor-draft.js';

/** The translated message of an issue, from its stable code (an unknown code reads as an invalid value). */
export function issueMessage(context: FieldTextContext, issue: FieldIssue): string {
  return messageOf(context.localize, issue);
}

/** The label of a control, as the error summary names it. */
function controlLabel(context: FieldTextContext, control: string): string {
  const { localize } = context;
  const [field, key, sub] = control.split('-');
  if (field === 'name' && key) return localize.term('editor.nameIn', { language: languageName(key, localize.uiLanguage) });
  if (field === 'contacts') {
    const what = localize.term(sub === 'kind' ? 'editor.contactKind' : 'editor.contactValue');
    return localize.term('editor.issue', { field: localize.term('editor.contact', { number: Number(key) + 1 }), message: what });
  }
  if (field === 'add') return localize.term(key === 'name' ? 'field.name' : 'field.contacts');
  return localize.term(`field.${field as EditedField}`);
}

/** The error summary (src/internal/error-summary.ts) over the editor's controls. */
export function renderErrorSummary(
  context: FieldTextContext,
  issues: readonly FieldIssue[],
  draft: Draft,
  focusControl: (id: string) => void,
): TemplateResult | typeof nothing {
  return renderSummary(context.localize, issues, {
    title: context.localize.plural('editor.errorSummary', issues.length),
    controlOf: (path) => controlOf(path, draft),
    labelOf: (control) => controlLabel(context, control),
    focusControl,
  });
}

/**
 * After a 412: each field the user changed, the current version's value beside theirs (as
 * text), and one action that lays their changes on the current version.
 */
export function renderConflict(
  context: FieldTextContext,
  conflict: { current: Organization; fields: readonly EditedField[] },
  original: Organization,
  draft: Draft,
  reapply: () => void,
): TemplateResult {
  const { localize } = context;
  const mine = applyDraft(original, draft);
  return html`<section part="conflict" tabindex="-1" aria-labelledby="conflict-title">
    <p part="conflict-title" id="conflict-title" role="alert">${localize.term('editor.conflict')}</p>
    <dl part="comparison">
      ${conflict.fields.map(
        (field) => html`<div part="comparison-field">
          <dt>${localize.term(`field.${field}`)}</dt>
          <dd>
            <span part="comparison-label">${localize.term('editor.conflictCurrent')}</span>
            <span part="comparison-current">${fieldText(context, field, conflict.current[field])}</span>
          </dd>
          <dd>
            <span part="comparison-label">${localize.term('editor.conflictYours')}</span>
            <span part="comparison-yours">${fieldText(context, field, mine[field])}</span>
          </dd>
        </div>`,
      )}
    </dl>
    <button part="reapply" type="button" @click=${reapply}>${localize.term('editor.reapply')}</button>
  </section>`;
}

/** A change waiting for review, or the reason the Secretariat gave when it returned one. */
export function renderRevisionNotice(
  context: FieldTextContext,
  pending: OrganizationRevision | undefined,
  returned: OrganizationRevision | undefined,
): TemplateResult | typeof nothing {
  const { localize } = context;
  const date = (iso: string | undefined) =>
    iso ? new Intl.DateTimeFormat(localize.uiLanguage, { dateStyle: 'long' }).format(new Date(iso)) : '';
  if (returned) {
    return html`<div part="notice returned">
      <p>${localize.term('editor.returned', { date: date(returned.decidedAt ?? returned.submittedAt) })}</p>
      <p part="reason" dir="auto">${returned.reason ?? ''}</p>
    </div>`;
  }
  if (pending) return html`<p part="notice pending">${localize.term('editor.pendingSince', { date: date(pending.submittedAt) })}</p>`;
  return nothing;
}
