import { describe, expect, it } from 'vitest';
import { themeVocabulary } from './themes.js';

const themes = themeVocabulary();

describe('theme vocabulary (matching over the controlled vocabulary)', () => {
  it('keys a concept id, and a label or synonym in any language for data that predates the vocabulary, as one concept', () => {
    for (const tag of ['literacy', 'Alphabétisation', 'alfabetización', 'مَحْو الأُمِّيَّة', 'Грамотность', '扫盲']) {
      expect(themes.keyOf(tag), tag).toBe('c:literacy');
    }
    expect(themes.keyOf('early-childhood')).toBe('c:early-childhood');
    expect(themes.keyOf('museum')).toBe('c:museums');
  });

  it('keeps unknown tags as their normalised words, so they still match each other', () => {
    expect(themes.keyOf('Puppetry ')).toBe('r:puppetry');
    expect(themes.keyOf('PUPPETRY')).toBe(themes.keyOf('puppetry'));
  });

  it('relates a concept to its broader and narrower ones, one step only', () => {
    expect(themes.related('c:intangible-heritage')).toEqual(expect.arrayContaining(['c:heritage', 'c:crafts', 'c:storytelling']));
    expect(themes.related('c:crafts')).toEqual(['c:intangible-heritage']);
    expect(themes.related('r:puppetry')).toEqual([]);
  });

  it('labels a concept in the reader language and leaves an unknown tag as written', () => {
    expect(themes.label('adult-learning', 'fr')).toBe('éducation des adultes');
    expect(themes.label('literacy', 'zh')).toBe('扫盲');
    expect(themes.label('Puppetry', 'ar')).toBe('Puppetry');
  });

  it('gives the sectors of a concept and every concept of a sector', () => {
    expect(themes.sectorsOf('c:engineering')).toEqual(['SC']);
    expect(themes.sectorKeys('CLT')).toContain('c:museums');
  });
});
