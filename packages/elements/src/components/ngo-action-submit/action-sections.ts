import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { LANGUAGES, directionOf, type Language } from '@ngo-liaison/core';
import { describedBy, fieldState } from '../../internal/field-state.js';
import { languageName } from '../../internal/field-text.js';
import type { LocalizeController } from '../../internal/localize-controller.js';
import { sdgLabel } from '../../internal/reference-controller.js';
import type { CommonKey, EditorKey, FormsKey } from '../../internal/translation.js';
import { languagesOf, type ActionDraft, type LanguageDraft } from './action-draft.js';

export interface Choice {
  value: string;
  label: string;
  lang?: string | undefined;
}

/** What the form's sections read and how they change the draft. */
export interface ActionSections {
  localize: LocalizeController<CommonKey | EditorKey | FormsKey>;
  language: Language;
  draft: ActionDraft;
  /** The translated error of a control (by id), if any. */
  errorOf(control: string): string | undefined;
  /** Changes the draft and renders again. */
  change(mutate: (draft: ActionDraft) => void): void;
  programmes: readonly Choice[];
  countries: readonly Choice[];
  offices: readonly Choice[];
}

const SDG_NUMBERS = Array.from({ length: 17 }, (_, i) => i + 1);
const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

export function renderLanguages(s: ActionSections): TemplateResult {
  const { localize, draft } = s;
  const ui = localize.uiLanguage;
  return html`<fieldset part="fieldset" id="languages" aria-describedby="languages-hint">
    <legend part="legend">${localize.term('submit.languages')}</legend>
    <p part="hint" id="languages-hint">${localize.term('submit.languagesHint')}</p>
    <ul part="options" role="list">
      ${LANGUAGES.map((lang) => {
        const on = draft.languages.includes(lang);
        return html`<li>
          <input type="checkbox" id="languages-${lang}" .checked=${live(on)} ?disabled=${on && draft.languages.length === 1}
            @change=${(event: Event) => {
              const checked = (event.target as HTMLInputElement).checked;
              s.change((d) => (d.languages = checked ? [...d.languages, lang] : d.languages.filter((l) => l !== lang)));
            }} />
          <label for="languages-${lang}">${languageName(lang, ui)}</label>
        </li>`;
      })}
    </ul>
  </fieldset>`;
}

function select(s: ActionSections, id: string, label: string, options: readonly Choice[], value: string, set: (value: string) => void, hint?: string): TemplateResult {
  const state = fieldState(id, s.errorOf(id));
  return html`<div part="field">
    <label part="label" for=${id}>${label}</label>
    ${hint ? html`<p part="hint" id="${id}-hint">${hint}</p>` : nothing}
    <select part="select" id=${id} aria-invalid=${state.invalid} aria-describedby=${describedBy(hint ? `${id}-hint` : undefined, state.describedBy)}
      @change=${(event: Event) => set(valueOf(event))}>
      <option value="" ?selected=${value === ''}>${s.localize.term('forms.choose')}</option>
      ${options.map((o) => html`<option value=${o.value} lang=${o.lang ?? nothing} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>
    ${state.message}
  </div>`;
}

export function renderProgramme(s: ActionSections): TemplateResult {
  return select(s, 'programme', s.localize.term('forms.programme'), s.programmes, s.draft.programme, (value) => s.change((d) => (d.programme = value)));
}

/** One field per language the author writes in: `title-fr`, `outcomes-2-ar`… */
function languageFields(s: ActionSections, prefix: string, value: LanguageDraft, multiline: boolean, edit: (lang: Language, text: string) => void): TemplateResult[] {
  const ui = s.localize.uiLanguage;
  return languagesOf(s.draft).map((lang) => {
    const id = `${prefix}-${lang}`;
    const state = fieldState(id, s.errorOf(id));
    const common = { id, lang, dir: directionOf(lang) };
    return html`<div part="field">
      <label part="label" for=${id}>${s.localize.term('forms.inLanguage', { language: languageName(lang, ui) })}</label>
      ${multiline
        ? html`<textarea part="input" id=${common.id} lang=${common.lang} dir=${common.dir} rows="3" .value=${live(value[lang] ?? '')}
            aria-invalid=${state.invalid} aria-describedby=${describedBy(state.describedBy)} @input=${(event: Event) => edit(lang, valueOf(event))}></textarea>`
        : html`<input part="input" type="text" id=${common.id} lang=${common.lang} dir=${common.dir} .value=${live(value[lang] ?? '')}
            aria-invalid=${state.invalid} aria-describedby=${describedBy(state.describedBy)} @input=${(event: Event) => edit(lang, valueOf(event))} />`}
      ${state.message}
    </div>`;
  });
}

export function renderTexts(s: ActionSections): TemplateResult {
  const { localize, draft } = s;
  return html`<fieldset part="fieldset" id="title">
      <legend part="legend">${localize.term('submit.title')}</legend>
      ${languageFields(s, 'title', draft.title, false, (lang, text) => s.change((d) => (d.title[lang] = text)))}
    </fieldset>
    <fieldset part="fieldset" id="description">
      <legend part="legend">${localize.term('submit.description')} ${localize.term('forms.optional')}</legend>
      ${languageFields(s, 'description', draft.description, true, (lang, text) => s.change((d) => (d.description[lang] = text)))}
    </fieldset>`;
}

/** Chosen values as chips with a Remove button each, and an "Add a …" list (countries, field offices). */
function chosenList(s: ActionSections, id: 'countries' | 'fieldOffices', legend: string, addLabel: string, options: readonly Choice[]): TemplateResult {
  const { localize, draft } = s;
  const state = fieldState(id, s.errorOf(id));
  const chosen = draft[id];
  const available = options.filter((o) => !chosen.includes(o.value));
  // The value is read when Add is pressed: the list is not re-rendered while the user picks.
  const addPicked = (event: Event) => {
    const value = (event.target as HTMLElement).closest('[part~="add-row"]')?.querySelector('select')?.value;
    if (value && available.some((o) => o.value === value)) s.change((d) => d[id].push(value));
  };
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value;
  return html`<fieldset part="fieldset" aria-describedby=${describedBy(state.describedBy)}>
    <legend part="legend">${legend}</legend>
    ${state.message}
    ${chosen.length
      ? html`<ul part="chips" role="list">
          ${chosen.map(
            (value) => html`<li part="chip">
              <span>${labelOf(value)}</span>
              <button part="remove" type="button" @click=${() => s.change((d) => (d[id] = d[id].filter((v) => v !== value)))}>
                ${localize.term('forms.remove', { item: labelOf(value) })}
              </button>
            </li>`,
          )}
        </ul>`
      : nothing}
    <div part="add-row">
      <label part="label" for=${id}>${addLabel}</label>
      <select part="select" id=${id} aria-invalid=${state.invalid}>
        ${available.map((o) => html`<option value=${o.value}>${o.label}</option>`)}
      </select>
      <button part="add" type="button" @click=${addPicked}>${localize.term('forms.add')}</button>
    </div>
  </fieldset>`;
}

export function renderWhere(s: ActionSections): TemplateResult {
  const { localize, draft } = s;
  const place = fieldState('place', s.errorOf('place'));
  return html`${chosenList(s, 'countries', localize.term('submit.countries'), localize.term('submit.addCountry'), s.countries)}
    ${chosenList(s, 'fieldOffices', `${localize.term('submit.fieldOffices')} ${localize.term('forms.optional')}`, localize.term('submit.addFieldOffice'), s.offices)}
    <div part="field">
      <label part="label" for="place">${localize.term('submit.place')} ${localize.term('forms.optional')}</label>
      <input part="input" type="text" id="place" dir="auto" .value=${live(draft.place)} aria-invalid=${place.invalid}
        aria-describedby=${describedBy(place.describedBy)} @input=${(event: Event) => s.change((d) => (d.place = valueOf(event)))} />
      ${place.message}
    </div>`;
}

export function renderWhen(s: ActionSections): TemplateResult {
  const { localize, draft } = s;
  const date = (id: 'start' | 'end', hint?: string) => {
    const state = fieldState(id, s.errorOf(id));
    return html`<div part="field">
      <label part="label" for=${id}>${localize.term(id === 'start' ? 'submit.start' : 'submit.end')}</label>
      ${hint ? html`<p part="hint" id="${id}-hint">${hint}</p>` : nothing}
      <input part="input date" type="date" id=${id} .value=${live(draft[id])} aria-invalid=${state.invalid}
        aria-describedby=${describedBy(hint ? `${id}-hint` : undefined, state.describedBy)} @input=${(event: Event) => s.change((d) => (d[id] = valueOf(event)))} />
      ${state.message}
    </div>`;
  };
  return html`<div part="dates">${date('start')} ${date('end', localize.term('submit.endHint'))}</div>`;
}

export function renderOutcomes(s: ActionSections): TemplateResult {
  const { localize, draft } = s;
  const state = fieldState('add-outcome', s.errorOf('add-outcome'));
  return html`<fieldset part="fieldset" id="outcomes">
    <legend part="legend">${localize.term('submit.outcomes')}</legend>
    ${draft.outcomes.map((outcome, index) => {
      const legend = localize.term('submit.outcome', { number: index + 1 });
      return html`<fieldset part="fieldset outcome">
        <legend part="legend">${legend}</legend>
        ${languageFields(s, `outcomes-${index}`, outcome, true, (lang, text) => s.change((d) => (d.outcomes[index]![lang] = text)))}
        <button part="remove" type="button" @click=${() => s.change((d) => d.outcomes.splice(index, 1))}>${localize.term('forms.remove', { item: legend })}</button>
      </fieldset>`;
    })}
    ${state.message}
    <button part="add" id="add-outcome" type="button" aria-describedby=${describedBy(state.describedBy)}
      @click=${() => s.change((d) => d.outcomes.push({}))}>${localize.term('submit.addOutcome')}</button>
  </fieldset>`;
}

export function renderLinks(s: ActionSections): TemplateResult {
  const state = fieldState('links', s.errorOf('links'));
  return html`<div part="field">
    <label part="label" for="links">${s.localize.term('submit.links')} ${s.localize.term('forms.optional')}</label>
    <p part="hint" id="links-hint">${s.localize.term('submit.linksHint')}</p>
    <textarea part="input" id="links" dir="ltr" rows="3" .value=${live(s.draft.links)} aria-invalid=${state.invalid}
      aria-describedby=${describedBy('links-hint', state.describedBy)} @input=${(event: Event) => s.change((d) => (d.links = valueOf(event)))}></textarea>
    ${state.message}
  </div>`;
}

export function renderSdgs(s: ActionSections): TemplateResult {
  const { localize, draft, language } = s;
  const state = fieldState('sdgs', s.errorOf('sdgs'));
  return html`<fieldset part="fieldset" id="sdgs" aria-describedby=${describedBy(state.describedBy)}>
    <legend part="legend">${localize.term('submit.sdgs')} ${localize.term('forms.optional')}</legend>
    ${state.message}
    <ul part="options" role="list">
      ${SDG_NUMBERS.map(
        (goal) => html`<li>
          <input type="checkbox" id="sdgs-${goal}" .checked=${live(draft.sdgs.includes(goal))}
            @change=${(event: Event) => {
              const on = (event.target as HTMLInputElement).checked;
              s.change((d) => (d.sdgs = (on ? [...d.sdgs.filter((g) => g !== goal), goal] : d.sdgs.filter((g) => g !== goal)).sort((a, b) => a - b)));
            }} />
          <label for="sdgs-${goal}">${sdgLabel(goal, language, localize).text}</label>
        </li>`,
      )}
    </ul>
  </fieldset>`;
}
