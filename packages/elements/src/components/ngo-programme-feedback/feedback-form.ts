import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { LANGUAGES, directionOf } from '@ngo-liaison/core';
import { describedBy, fieldState } from '../../internal/field-state.js';
import { languageName } from '../../internal/field-text.js';
import type { LocalizeController } from '../../internal/localize-controller.js';
import type { CommonKey, EditorKey, FormsKey } from '../../internal/translation.js';
import type { FeedbackDraft } from './feedback-draft.js';

export interface Choice {
  value: string;
  label: string;
  lang?: string | undefined;
}

/** What the NGO's form reads and how it changes the draft. */
export interface FeedbackFormContext {
  localize: LocalizeController<CommonKey | EditorKey | FormsKey>;
  draft: FeedbackDraft;
  errorOf(control: string): string | undefined;
  change(mutate: (draft: FeedbackDraft) => void): void;
  programmes: readonly Choice[];
  countries: readonly Choice[];
  offices: readonly Choice[];
}

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

function select(
  c: FeedbackFormContext,
  id: 'programme' | 'country' | 'fieldOffice' | 'language',
  label: string,
  options: readonly Choice[],
  empty: string | undefined,
  hint?: string,
): TemplateResult {
  const state = fieldState(id, c.errorOf(id));
  const value = c.draft[id];
  return html`<div part="field">
    <label part="label" for=${id}>${label}</label>
    ${hint ? html`<p part="hint" id="${id}-hint">${hint}</p>` : nothing}
    <select part="select" id=${id} aria-invalid=${state.invalid} aria-describedby=${describedBy(hint ? `${id}-hint` : undefined, state.describedBy)}
      @change=${(event: Event) => c.change((d) => ((d as unknown as Record<string, string>)[id] = valueOf(event)))}>
      ${empty === undefined ? nothing : html`<option value="" ?selected=${value === ''}>${empty}</option>`}
      ${options.map((o) => html`<option value=${o.value} lang=${o.lang ?? nothing} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>
    ${state.message}
  </div>`;
}

/** The NGO's feedback: programme, optionally a country or field office, subject, text and its language. */
export function renderFeedbackFields(c: FeedbackFormContext): TemplateResult {
  const { localize, draft } = c;
  const ui = localize.uiLanguage;
  const optional = localize.term('forms.optional');
  const subject = fieldState('subject', c.errorOf('subject'));
  const text = fieldState('text', c.errorOf('text'));
  const dir = directionOf(draft.language);
  return html`${select(c, 'programme', localize.term('forms.programme'), c.programmes, localize.term('forms.choose'))}
    <fieldset part="fieldset" aria-describedby="where-hint">
      <legend part="legend">${localize.term('forms.country')} / ${localize.term('forms.fieldOffice')} ${optional}</legend>
      <p part="hint" id="where-hint">${localize.term('feedback.countryHint')}</p>
      ${select(c, 'country', localize.term('forms.country'), c.countries, localize.term('forms.none'))}
      ${select(c, 'fieldOffice', localize.term('forms.fieldOffice'), c.offices, localize.term('forms.none'))}
    </fieldset>
    ${select(c, 'language', localize.term('feedback.language'), LANGUAGES.map((lang) => ({ value: lang, label: languageName(lang, ui) })), undefined)}
    <div part="field">
      <label part="label" for="subject">${localize.term('feedback.subject')}</label>
      <input part="input" type="text" id="subject" lang=${draft.language} dir=${dir} .value=${live(draft.subject)} aria-invalid=${subject.invalid}
        aria-describedby=${describedBy(subject.describedBy)} @input=${(event: Event) => c.change((d) => (d.subject = valueOf(event)))} />
      ${subject.message}
    </div>
    <div part="field">
      <label part="label" for="text">${localize.term('feedback.text')}</label>
      <textarea part="input" id="text" rows="6" lang=${draft.language} dir=${dir} .value=${live(draft.text)} aria-invalid=${text.invalid}
        aria-describedby=${describedBy(text.describedBy)} @input=${(event: Event) => c.change((d) => (d.text = valueOf(event)))}></textarea>
      ${text.message}
    </div>`;
}
