import { describe, expect, test } from 'vitest';
import { enEditor } from './en/editor.js';
import { enForms } from './en/forms.js';
import { loadEditorAreas } from './load-editor-areas.js';
import { loadEveryArea } from './load-every-area.js';
import { loadFormsAreas } from './load-forms-areas.js';

/** Labels that are the same word in French or Spanish as in English. */
const SAME_WORD = new Set(['forms.programme', 'submit.description', 'feedback.total', 'hearing.session']);

describe('the strings of <ngo-action-submit> and <ngo-programme-feedback>', () => {
  test.each(['fr', 'ar', 'es', 'ru', 'zh'] as const)('%s: only their loader brings them, every key translated, the editor’s field messages with them', async (language) => {
    const keys = Object.keys(enForms);
    const forms = await loadFormsAreas(language);
    expect(forms.$lang).toBe(language);
    expect(keys.filter((key) => !(key in forms))).toEqual([]);
    // The editor's and the reading widgets' loaders never carry them…
    const editor = await loadEditorAreas(language);
    const every = await loadEveryArea(language);
    expect(keys.filter((key) => key in editor || key in every)).toEqual([]);
    // …and the forms get the editor's area (field messages by code) with theirs.
    expect(Object.keys(enEditor).filter((key) => !(key in forms))).toEqual([]);
    expect(forms['fieldError.required']).toBe(editor['fieldError.required']);
    // Translated, not copied from English.
    const copied = keys.filter((key) => JSON.stringify(forms[key as keyof typeof forms]) === JSON.stringify(enForms[key as keyof typeof enForms]));
    expect(copied.filter((key) => !SAME_WORD.has(key))).toEqual([]);
  });
});
