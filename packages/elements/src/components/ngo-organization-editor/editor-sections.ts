import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { LANGUAGES, SECTOR_CODES, directionOf, type Language } from '@ngo-liaison/core';
import { languageName, type FieldTextContext } from '../../internal/field-text.js';
import { sdgLabel } from '../../internal/reference-controller.js';
import type { ContactDraft, Draft } from './editor-draft.js';

/** What the form's sections read and how they change the draft. */
export interface SectionContext extends FieldTextContext {
  draft: Draft;
  /** The translated error of a control (by id), if any. */
  errorOf(control: string): string | undefined;
  /** Changes the draft and renders again. */
  change(mutate: (draft: Draft) => void): void;
  /** Concepts of the vocabulary with their labels, in the collation order of the language. */
  concepts: readonly { id: string; label: string }[];
  /** Countries with their names, in the collation order of the language. */
  countries: readonly { code: string; name: string }[];
  /** Language picked in "Add a name in". */
  nameToAdd: Language | undefined;
  /** Country picked in "Add a country". */
  countryToAdd: string | undefined;
  pick(what: 'name' | 'country', value: string): void;
}

const SDG_NUMBERS = Array.from({ length: 17 }, (_, i) => i + 1);

/** `aria-invalid`/`aria-describedby` and the message below a control. */
function invalid(context: SectionContext, id: string) {
  const message = context.errorOf(id);
  return {
    invalid: message ? 'true' : nothing,
    describedBy: message ? `${id}-error` : undefined,
    message: message ? html`<p id="${id}-error" part="field-error">${message}</p>` : nothing,
  };
}

function describedBy(...ids: (string | undefined)[]): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

export function renderNames(context: SectionContext): TemplateResult {
  const { localize, draft } = context;
  const ui = localize.uiLanguage;
  const shown = LANGUAGES.filter((lang) => draft.name[lang] !== undefined);
  const missing = LANGUAGES.filter((lang) => draft.name[lang] === undefined);
  const toAdd = context.nameToAdd && missing.includes(context.nameToAdd) ? context.nameToAdd : missing[0];
  return html`<fieldset part="fieldset" id="name">
    <legend part="legend">${localize.term('field.name')}</legend>
    ${shown.map((lang) => {
      const id = `name-${lang}`;
      const state = invalid(context, id);
      const language = languageName(lang, ui);
      return html`<div part="field">
        <label part="label" for=${id}>${localize.term('editor.nameIn', { language })}</label>
        <div part="row">
          <input part="input" id=${id} type="text" lang=${lang} dir=${directionOf(lang)} autocomplete="organization"
            .value=${live(draft.name[lang] ?? '')} aria-invalid=${state.invalid} aria-describedby=${describedBy(state.describedBy)}
            @input=${(event: Event) => context.change((d) => (d.name[lang] = (event.target as HTMLInputElement).value))} />
          <button part="remove" type="button" ?disabled=${shown.length < 2}
            @click=${() => context.change((d) => delete d.name[lang])}>${localize.term('editor.removeName', { language })}</button>
        </div>
        ${state.message}
      </div>`;
    })}
    ${missing.length
      ? html`<div part="add-row">
          <label part="label" for="add-name">${localize.term('editor.addNameIn')}</label>
          <select part="select" id="add-name" @change=${(event: Event) => context.pick('name', (event.target as HTMLSelectElement).value)}>
            ${missing.map((lang) => html`<option value=${lang} ?selected=${lang === toAdd}>${languageName(lang, ui)}</option>`)}
          </select>
          <button part="add" type="button" @click=${() => toAdd && context.change((d) => (d.name[toAdd] = ''))}>${localize.term('editor.add')}</button>
        </div>`
      : nothing}
  </fieldset>`;
}

/** A group of checkboxes over a list of values (concepts, sectors, SDGs). */
function checkboxes<T extends string | number>(
  context: SectionContext,
  id: 'fieldsOfInterest' | 'sectors' | 'sdgs',
  options: readonly { value: T; label: string }[],
  selected: readonly T[],
  set: (draft: Draft, values: T[]) => void,
): TemplateResult {
  const state = invalid(context, id);
  return html`<fieldset part="fieldset" id=${id} aria-describedby=${describedBy(state.describedBy)}>
    <legend part="legend">${context.localize.term(`field.${id}`)}</legend>
    ${state.message}
    <ul part="options" role="list">
      ${options.map(
        ({ value, label }, index) => html`<li>
          <input type="checkbox" id="${id}-${index}" .checked=${live(selected.includes(value))}
            @change=${(event: Event) => {
              const on = (event.target as HTMLInputElement).checked;
              context.change((d) => set(d, on ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value)));
            }} />
          <label for="${id}-${index}">${label}</label>
        </li>`,
      )}
    </ul>
  </fieldset>`;
}

export function renderVocabulary(context: SectionContext): TemplateResult {
  const { draft } = context;
  // A concept the record holds but the vocabulary no longer has stays visible (and removable).
  const known = new Set(context.concepts.map((c) => c.id));
  const options = [...context.concepts, ...draft.fieldsOfInterest.filter((id) => !known.has(id)).map((id) => ({ id, label: id }))];
  return checkboxes(context, 'fieldsOfInterest', options.map((c) => ({ value: c.id, label: c.label })), draft.fieldsOfInterest, (d, v) => (d.fieldsOfInterest = v));
}

export function renderSectors(context: SectionContext): TemplateResult {
  const { reference, language } = context;
  const options = SECTOR_CODES.map((code) => ({ value: code as string, label: reference.sectorName(code, language).text }));
  return checkboxes(context, 'sectors', options, context.draft.sectors, (d, v) => (d.sectors = v));
}

export function renderSdgs(context: SectionContext): TemplateResult {
  const options = SDG_NUMBERS.map((goal) => ({ value: goal, label: sdgLabel(goal, context.language, context.localize).text }));
  return checkboxes(context, 'sdgs', options, context.draft.sdgs, (d, v) => (d.sdgs = [...v].sort((a, b) => a - b)));
}

export function renderCountries(context: SectionContext): TemplateResult {
  const { localize, draft, reference, language } = context;
  const state = invalid(context, 'countriesOfPresence');
  const available = context.countries.filter((c) => !draft.countriesOfPresence.includes(c.code));
  const toAdd = available.some((c) => c.code === context.countryToAdd) ? context.countryToAdd : available[0]?.code;
  return html`<fieldset part="fieldset" aria-describedby=${describedBy(state.describedBy)}>
    <legend part="legend">${localize.term('field.countriesOfPresence')}</legend>
    ${state.message}
    ${draft.countriesOfPresence.length
      ? html`<ul part="chips" role="list">
          ${draft.countriesOfPresence.map((code) => {
            const name = reference.countryName(code, language).text;
            return html`<li part="chip">
              <span>${name}</span>
              <button part="remove" type="button" @click=${() => context.change((d) => (d.countriesOfPresence = d.countriesOfPresence.filter((c) => c !== code)))}>
                ${localize.term('editor.remove', { item: name })}
              </button>
            </li>`;
          })}
        </ul>`
      : nothing}
    <div part="add-row">
      <label part="label" for="countriesOfPresence">${localize.term('editor.addCountry')}</label>
      <select part="select" id="countriesOfPresence" aria-invalid=${state.invalid}
        @change=${(event: Event) => context.pick('country', (event.target as HTMLSelectElement).value)}>
        ${available.map((c) => html`<option value=${c.code} ?selected=${c.code === toAdd}>${c.name}</option>`)}
      </select>
      <button part="add" type="button" @click=${() => toAdd && context.change((d) => d.countriesOfPresence.push(toAdd))}>${localize.term('editor.add')}</button>
    </div>
  </fieldset>`;
}

/** A one-line text field with a hint (working languages, website). */
export function renderTextField(context: SectionContext, id: 'workingLanguages' | 'website'): TemplateResult {
  const state = invalid(context, id);
  const hint = id === 'website' ? 'editor.websiteHint' : 'editor.workingLanguagesHint';
  return html`<div part="field">
    <label part="label" for=${id}>${context.localize.term(`field.${id}`)}</label>
    <p part="hint" id="${id}-hint">${context.localize.term(hint)}</p>
    <input part="input" id=${id} type=${id === 'website' ? 'url' : 'text'} dir="ltr" .value=${live(context.draft[id])}
      autocomplete=${id === 'website' ? 'url' : 'off'} aria-invalid=${state.invalid} aria-describedby=${describedBy(`${id}-hint`, state.describedBy)}
      @input=${(event: Event) => context.change((d) => (d[id] = (event.target as HTMLInputElement).value))} />
    ${state.message}
  </div>`;
}

function renderContact(context: SectionContext, contact: ContactDraft, index: number): TemplateResult {
  const { localize } = context;
  const valueState = invalid(context, `contacts-${index}-value`);
  const kindState = invalid(context, `contacts-${index}-kind`);
  const edit = (mutate: (c: ContactDraft) => void) => context.change((d) => mutate(d.contacts[index]!));
  const legend = localize.term('editor.contact', { number: index + 1 });
  return html`<fieldset part="fieldset contact">
    <legend part="legend">${legend}</legend>
    <div part="field">
      <label part="label" for="contacts-${index}-kind">${localize.term('editor.contactKind')}</label>
      <select part="select" id="contacts-${index}-kind" aria-invalid=${kindState.invalid}
        @change=${(event: Event) => edit((c) => (c.kind = (event.target as HTMLSelectElement).value as ContactDraft['kind']))}>
        ${(['email', 'phone', 'postal'] as const).map((kind) => html`<option value=${kind} ?selected=${contact.kind === kind}>${localize.term(`contact.${kind}`)}</option>`)}
      </select>
      ${kindState.message}
    </div>
    <div part="field">
      <label part="label" for="contacts-${index}-value">${localize.term('editor.contactValue')}</label>
      ${contact.kind === 'postal'
        ? html`<textarea part="input" id="contacts-${index}-value" rows="3" .value=${live(contact.value)} aria-invalid=${valueState.invalid}
            aria-describedby=${describedBy(valueState.describedBy)} @input=${(event: Event) => edit((c) => (c.value = (event.target as HTMLTextAreaElement).value))}></textarea>`
        : html`<input part="input" id="contacts-${index}-value" dir="ltr" type=${contact.kind === 'email' ? 'email' : 'tel'} .value=${live(contact.value)}
            aria-invalid=${valueState.invalid} aria-describedby=${describedBy(valueState.describedBy)}
            @input=${(event: Event) => edit((c) => (c.value = (event.target as HTMLInputElement).value))} />`}
      ${valueState.message}
    </div>
    <fieldset part="fieldset visibility">
      <legend part="legend">${localize.term('editor.visibility')}</legend>
      ${([true, false] as const).map(
        (isPublic) => html`<div part="choice">
          <input type="radio" id="contacts-${index}-${isPublic ? 'public' : 'partners'}" name="contacts-${index}-visibility"
            .checked=${live(contact.public === isPublic)} @change=${() => edit((c) => (c.public = isPublic))} />
          <label for="contacts-${index}-${isPublic ? 'public' : 'partners'}">${localize.term(isPublic ? 'editor.visibility.public' : 'editor.visibility.partners')}</label>
        </div>`,
      )}
    </fieldset>
    <button part="remove" type="button" @click=${() => context.change((d) => d.contacts.splice(index, 1))}>${localize.term('editor.remove', { item: legend })}</button>
  </fieldset>`;
}

export function renderContacts(context: SectionContext, fictional: boolean): TemplateResult {
  return html`<fieldset part="fieldset" id="contacts">
    <legend part="legend">${context.localize.term('field.contacts')}</legend>
    ${context.draft.contacts.map((contact, index) => renderContact(context, contact, index))}
    <button part="add" id="add-contact" type="button"
      @click=${() => context.change((d) => d.contacts.push({ kind: 'email', value: '', public: false, fictional }))}>${context.localize.term('editor.addContact')}</button>
  </fieldset>`;
}
