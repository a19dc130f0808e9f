import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it('folds case and accents', () => {
    expect(normalizeText('Musées  ÉCOLE')).toBe('musees ecole');
  });
  it('treats ё as е', () => {
    expect(normalizeText('Объединённые')).toBe(normalizeText('Объединенные'));
  });
  it('removes Arabic vowel marks and tatweel', () => {
    expect(normalizeText('مُتْحَف')).toBe('متحف');
    expect(normalizeText('متـــحف')).toBe('متحف');
  });
  it('collapses punctuation and keeps CJK text', () => {
    expect(normalizeText('WAN-IFRA / 国际')).toBe('wan ifra 国际');
  });
});
