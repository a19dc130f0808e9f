import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from './edit-distance.js';
import { indexTokens, isUnspacedTerm, tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('splits on anything that is not a letter or digit', () => {
    expect(tokenize("Musées d'Afrique — 2024")).toEqual(['musees', 'd', 'afrique', '2024']);
    expect(tokenize('   ')).toEqual([]);
  });

  it('cuts Chinese, Japanese and Thai runs into words with Intl.Segmenter', () => {
    expect(tokenize('中国青年发展基金会')).toEqual(['中国', '青年', '发展', '基金', '会']);
    expect(tokenize('ユネスコ協会')).toEqual(['ユネスコ', '協会']);
    expect(tokenize('wan ifra 国际新闻')).toEqual(['wan', 'ifra', '国际', '新闻']);
    expect(tokenize('สมาคมพิพิธภัณฑ์')).toEqual(['สมาคม', 'พิพิธภัณฑ์']);
  });

  it('leaves Korean, which is written with spaces, to the space split', () => {
    expect(tokenize('한국 유네스코 위원회')).toEqual(['한국', '유네스코', '위원회']);
  });
});

describe('indexTokens', () => {
  it('adds every suffix of a Han/Kana run so any substring prefix-matches', () => {
    const tokens = indexTokens('国际博物馆协会');
    expect(tokens).toEqual(expect.arrayContaining(['国际', '协会', '国际博物馆协会', '博物馆协会', '馆协会', '会']));
    // A query segmented differently from the name still finds a stored term starting with it.
    for (const word of tokenize('博物馆')) expect(tokens.some((t) => t.startsWith(word))).toBe(true);
  });

  it('adds Arabic words without the definite article', () => {
    expect(indexTokens('المتحف الوطني')).toEqual(expect.arrayContaining(['المتحف', 'متحف', 'وطني']));
    expect(indexTokens('ال')).toEqual(['ال']);
  });

  it('joins the parts of acronyms when asked', () => {
    expect(indexTokens('WAN-IFRA', { joinParts: true })).toEqual(['wan', 'ifra', 'wanifra']);
    expect(indexTokens('I.C.O.M.', { joinParts: true })).toContain('icom');
    expect(indexTokens('WAN-IFRA')).toEqual(['wan', 'ifra']);
  });
});

describe('isUnspacedTerm', () => {
  it('flags Han, Kana, Thai and Hangul terms (no typo tolerance there)', () => {
    expect(isUnspacedTerm('博物馆')).toBe(true);
    expect(isUnspacedTerm('한국')).toBe(true);
    expect(isUnspacedTerm('musees')).toBe(false);
    expect(isUnspacedTerm('متحف')).toBe(false);
  });
});

describe('boundedEditDistance', () => {
  it.each([
    ['museum', 'museum', 0],
    ['museum', 'musuem', 1],
    ['museum', 'museu', 1],
    ['museum', 'mueseum', 1],
    ['museum', 'muzeum', 1],
    ['international', 'intenational', 1],
    ['international', 'internatoinal', 1],
    ['kitten', 'sitting', 3],
  ])('%s ↔ %s = %i', (a, b, expected) => {
    expect(boundedEditDistance(a, b, 3)).toBe(expected);
    expect(boundedEditDistance(b, a, 3)).toBe(expected);
  });

  it('stops early and reports max + 1 beyond the bound', () => {
    expect(boundedEditDistance('kitten', 'sitting', 1)).toBe(2);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
    expect(boundedEditDistance('', 'ab', 2)).toBe(2);
  });
});
