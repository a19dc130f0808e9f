import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it('folds case and accents', () => {
    expect(normalizeText('Musées  ÉCOLE')).toBe('musees ecole');
    expect(normalizeText('Niños del Perú')).toBe('ninos del peru');
    expect(normalizeText("Éleveurs de Côte d'Ivoire")).toBe('eleveurs de cote d ivoire');
  });
  it('treats ё as е', () => {
    expect(normalizeText('Объединённые')).toBe(normalizeText('Объединенные'));
    expect(normalizeText('Ёлка')).toBe('елка');
  });
  it('removes Arabic vowel marks and tatweel', () => {
    expect(normalizeText('مُتْحَف')).toBe('متحف');
    expect(normalizeText('متـــحف')).toBe('متحف');
    expect(normalizeText('جَمْعِيَّة التَّرْبِيَة')).toBe(normalizeText('جمعيه التربيه'));
  });
  it('unifies Arabic alef, ya and ta marbuta variants and Arabic-Indic digits', () => {
    expect(normalizeText('إأآٱا')).toBe('ااااا');
    expect(normalizeText('مستشفى')).toBe('مستشفي');
    expect(normalizeText('مدرسة')).toBe('مدرسه');
    expect(normalizeText('١٩٤٦')).toBe('1946');
  });
  it('folds letters NFKD leaves alone', () => {
    expect(normalizeText('Straße Œuvre Æsir Øresund Łódź')).toBe('strasse oeuvre aesir oresund lodz');
    expect(normalizeText('ＵＮＥＳＣＯ ﬁ')).toBe('unesco fi');
  });
  it('collapses punctuation and keeps CJK text', () => {
    expect(normalizeText('WAN-IFRA / 国际')).toBe('wan ifra 国际');
  });
  it('keeps Hangul syllables, Kana voicing and Devanagari vowel signs whole', () => {
    expect(normalizeText('한국')).toBe('한국');
    expect(normalizeText('ユネスコ協会')).toBe('ユネスコ協会');
    expect(normalizeText('ガ')).toBe('ガ');
    expect(normalizeText('संग्रहालय')).toBe('संग्रहालय');
  });
  it('is idempotent', () => {
    for (const s of ['Musées', 'مُتْحَف', 'Straße', '中国青年', 'Ёлка', 'ＵＮＥＳＣＯ']) {
      expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
    }
  });
});
