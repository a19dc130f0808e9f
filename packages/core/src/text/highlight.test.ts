import { describe, expect, it } from 'vitest';
import { highlightRanges } from './highlight.js';

const marked = (text: string, query: string) => highlightRanges(text, query).map(([a, b]) => text.slice(a, b));

describe('highlightRanges', () => {
  it('marks word prefixes with the search normalisation', () => {
    expect(marked('Conseil international des musées', 'musees')).toEqual(['musées']);
    expect(marked('Conseil international des musées', 'mus inter')).toEqual(['international'.slice(0, 5), 'mus']);
    expect(marked('Straße der Museen', 'strasse')).toEqual(['Straße']);
  });

  it('maps back to the original text when accents are decomposed', () => {
    expect(marked('Muse\u0301es', 'musee')).toEqual(['Muse\u0301e']);
  });

  it('marks substrings of Chinese names and Arabic words after the article', () => {
    expect(marked('国际博物馆协会', '博物馆')).toEqual(['博物馆']);
    expect(marked('مؤسسة فانوس الأرز', 'ارز')).toEqual(['أرز']);
  });

  it('returns merged, sorted ranges and nothing for an empty query', () => {
    expect(highlightRanges('museum museum', 'mus museum')).toEqual([[0, 6], [7, 13]]);
    expect(highlightRanges('anything', '  ')).toEqual([]);
  });
});
