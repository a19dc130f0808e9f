import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.js';
import { CONCEPT_IDS } from './concept-ids.js';
import { CONCEPTS } from './concepts.js';
import { conceptIdIssues } from './concept-issues.js';
import { conceptIdsOfTags } from './tags-to-concepts.js';
import { createVocabulary, vocabulary } from './vocabulary.js';

const concepts = vocabulary();

describe('controlled vocabulary', () => {
  it('labels every concept in the six languages', () => {
    expect(concepts.concepts).toHaveLength(CONCEPTS.length);
    for (const concept of concepts.concepts) {
      for (const language of LANGUAGES) expect(concept.labels[language].trim(), `${concept.id} ${language}`).not.toBe('');
    }
    expect(concepts.label('engineering', 'fr')).toBe('ingénierie');
    expect(concepts.label('engineering', 'zh')).toBe('工程');
    expect(concepts.label('no-such-concept', 'fr')).toBe('no-such-concept');
  });

  it('keeps each label table aligned with CONCEPT_IDS: line n names concept n', () => {
    expect([...CONCEPT_IDS].sort()).toEqual(CONCEPTS.map((c) => c.id).sort());
    for (const language of LANGUAGES) {
      const source = readFileSync(new URL(`./labels/${language}.ts`, import.meta.url), 'utf8');
      const named = [...source.matchAll(/^ {2}.*, \/\/ ([a-z0-9-]+)$/gm)].map((m) => m[1]);
      expect(named, language).toEqual(CONCEPT_IDS);
    }
  });

  it('finds the concept of a term in any language, with or without accents and vowel marks, plurals included', () => {
    for (const tag of ['literacy', 'Alphabétisation', 'alphabetisation', 'alfabetización', 'محو الأمية', 'مَحْو الأُمِّيَّة', 'Грамотность', '扫盲']) {
      expect(concepts.conceptOfTerm(tag)?.id, tag).toBe('literacy');
    }
    expect(concepts.conceptOfTerm('ingénieurs')?.id).toBe('engineering');
    expect(concepts.conceptOfTerm('museum')?.id).toBe('museums');
    expect(concepts.conceptOfTerm('Молодёжь')?.id).toBe('youth');
    expect(concepts.conceptOfTerm('puppetry')).toBeUndefined();
  });

  it('relates a concept to its broader and narrower ones, one step only', () => {
    expect(concepts.related('intangible-heritage')).toEqual(expect.arrayContaining(['heritage', 'crafts', 'storytelling']));
    expect(concepts.related('crafts')).toEqual(['intangible-heritage']);
    expect(concepts.related('unknown')).toEqual([]);
  });

  it('lists the concepts of a sector, few enough for the matching kernel (31 themes at most)', () => {
    for (const sector of ['ED', 'SC', 'SHS', 'CLT', 'CI'] as const) {
      expect(concepts.inSector(sector).length, sector).toBeGreaterThan(3);
      expect(concepts.inSector(sector).length, sector).toBeLessThanOrEqual(31);
    }
  });

  it('refuses a broken vocabulary: ambiguous term, unknown broader concept, missing or stray label, bad id', () => {
    const record = (id: string, broader?: string) => ({ id, sectors: [], synonyms: {}, ...(broader ? { broader } : {}) });
    const labels = (entries: Record<string, string>) =>
      Object.fromEntries(LANGUAGES.map((l) => [l, Object.fromEntries(Object.entries(entries).map(([id, text]) => [id, `${text} ${l}`]))])) as never;
    expect(() => createVocabulary([record('a'), record('b')], labels({ a: 'same', b: 'Same' }))).toThrow(/belongs to both a and b/);
    expect(() => createVocabulary([record('a', 'nope')], labels({ a: 'x' }))).toThrow(/unknown broader concept "nope"/);
    expect(() => createVocabulary([record('a')], labels({}))).toThrow(/"a" has no ar label/);
    expect(() => createVocabulary([record('a')], labels({ a: 'x', b: 'y' }))).toThrow(/unknown concept "b"/);
    expect(() => createVocabulary([record('Not A Slug')], labels({ 'Not A Slug': 'x' }))).toThrow(/not a lower-case slug/);
  });
});

describe('conceptIdsOfTags (for the migration of stored free-text tags)', () => {
  it('maps tags in any language to ids, once each, in order, and reports the unknown ones', () => {
    expect(conceptIdsOfTags(['museums', 'Patrimoine', 'heritage', 'social development', 'early-childhood', 'security testing'])).toEqual({
      ids: ['museums', 'heritage', 'social-inclusion', 'early-childhood'],
      unknown: ['security testing'],
    });
  });
});

describe('conceptIdIssues', () => {
  it('names the field, the unknown id and the concept it probably meant', () => {
    expect(conceptIdIssues(['museums', 'engineers', 'cooking', 'museums'], 'organizations[x].fieldsOfInterest', concepts)).toEqual([
      { path: 'organizations[x].fieldsOfInterest[1]', message: expect.stringMatching(/unknown concept "engineers".*did you mean "engineering"/) },
      { path: 'organizations[x].fieldsOfInterest[2]', message: expect.stringMatching(/^unknown concept "cooking": fields of interest and themes are ids of the controlled vocabulary$/) },
      { path: 'organizations[x].fieldsOfInterest', message: 'lists a concept twice' },
    ]);
  });
});
