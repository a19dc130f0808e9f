import { describe, expect, test } from 'vitest';
import { enConsultation } from './en/consultation.js';
import { loadConsultationAreas } from './load-consultation-areas.js';
import { loadFormsAreas } from './load-forms-areas.js';
import { loadOtherAreas } from './load-other-areas.js';

const KEYS = Object.keys(enConsultation) as (keyof typeof enConsultation)[];
/** Words that are the same in English and French. */
const SAME_IN_FRENCH = ['consultation.option', 'consultation.points'];

describe('<ngo-consultation>’s strings', () => {
  test.each(['fr', 'ar', 'es', 'ru', 'zh'] as const)('%s: only its loader brings them, every key translated, with the editor’s field errors', async (language) => {
    const strings = await loadConsultationAreas(language);
    expect(strings.$lang).toBe(language);
    expect(KEYS.filter((key) => !(key in strings))).toEqual([]);
    const copied = KEYS.filter((key) => JSON.stringify(strings[key]) === JSON.stringify(enConsultation[key]));
    expect(copied.filter((key) => !(language === 'fr' && SAME_IN_FRENCH.includes(key)))).toEqual([]);
    expect(strings['fieldError.required']).toBe((await loadFormsAreas(language))['fieldError.required']);
    const others = await loadOtherAreas(language);
    expect(KEYS.filter((key) => key in others)).toEqual([]);
  });
});
