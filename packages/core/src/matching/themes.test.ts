import { describe, expect, it } from 'vitest';
import { createThemeVocabulary, themeVocabulary } from './themes.js';

const vocabulary = themeVocabulary();

describe('theme vocabulary', () => {
  it('maps a tag in any of the six languages, with or without accents and vowel marks, to one concept', () => {
    for (const tag of ['literacy', 'Alphabétisation', 'alphabetisation', 'alfabetización', 'محو الأمية', 'مَحْو الأُمِّيَّة', 'Грамотность', '扫盲']) {
      expect(vocabulary.keyOf(tag), tag).toBe('c:literacy');
    }
    expect(vocabulary.keyOf('Молодёжь')).toBe('c:youth');
  });

  it('treats simple plurals and synonyms as the same theme', () => {
    expect(vocabulary.keyOf('museum')).toBe('c:museums');
    expect(vocabulary.keyOf('gender')).toBe('c:gender-equality');
    expect(vocabulary.keyOf('Memory of the World')).toBe('c:documentary-heritage');
  });

  it('keeps unknown tags as their normalised words, so they still match each other', () => {
    expect(vocabulary.keyOf('Puppetry ')).toBe('r:puppetry');
    expect(vocabulary.keyOf('PUPPETRY')).toBe(vocabulary.keyOf('puppetry'));
  });

  it('relates a concept to its broader and narrower ones, one step only', () => {
    expect(vocabulary.related('c:intangible-heritage')).toEqual(expect.arrayContaining(['c:heritage', 'c:crafts', 'c:storytelling']));
    expect(vocabulary.related('c:crafts')).toEqual(['c:intangible-heritage']);
    expect(vocabulary.related('r:puppetry')).toEqual([]);
  });

  it('labels a known tag in the reader language and leaves an unknown one as written', () => {
    expect(vocabulary.label('adult learning', 'fr')).toBe('éducation des adultes');
    expect(vocabulary.label('literacy', 'zh')).toBe('扫盲');
    expect(vocabulary.label('Puppetry', 'ar')).toBe('Puppetry');
  });

  it('refuses an ambiguous synonym map', () => {
    const concept = (id: string, en: string) => ({ id, sectors: [], labels: [en, `${id}-fr`, `${id}-es`, `${id}-ar`, `${id}-ru`, `${id}-zh`] as const });
    expect(() => createThemeVocabulary([concept('a', 'same'), concept('b', 'Same')])).toThrow(/belongs to both/);
    expect(() => createThemeVocabulary([{ ...concept('a', 'x'), broader: 'nope' }])).toThrow(/unknown broader/);
  });

  it('lists every concept of a sector, few enough for the kernel', () => {
    for (const sector of ['ED', 'SC', 'SHS', 'CLT', 'CI'] as const) {
      const keys = vocabulary.sectorKeys(sector);
      expect(keys.length, sector).toBeGreaterThan(3);
      expect(keys.length, sector).toBeLessThanOrEqual(31);
    }
  });
});
