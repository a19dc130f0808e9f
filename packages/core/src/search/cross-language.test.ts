import { describe, expect, it } from 'vitest';
import { FICTIONAL_ORGANIZATIONS } from '../sample/index.js';
import type { Organization } from '../schemas/organization.js';
import { vocabulary } from '../vocabulary/vocabulary.js';
import { conceptDictionary } from './concept-dictionary.js';
import { createOrganizationIndex } from './organization-index.js';

const base = FICTIONAL_ORGANIZATIONS[0]!;
const org = (id: string, name: string, fieldsOfInterest: string[]): Organization => ({
  ...base,
  id,
  name: { en: name, fr: name },
  acronym: undefined,
  formerNames: undefined,
  description: undefined,
  headquarters: undefined,
  fieldsOfInterest,
});
const directory = [
  org('named', 'Engineering Society of Example', []),
  org('tagged', 'Bridge Builders Union', ['engineering']),
  org('crafts', 'Clay Guild', ['crafts']),
];
const withVocabulary = createOrganizationIndex(directory, { concepts: conceptDictionary(vocabulary()) });
const withoutVocabulary = createOrganizationIndex(directory);
const ids = (index: typeof withVocabulary, q: string) => index.search({ q }).items.map((o) => o.id);

describe('search across languages through the vocabulary', () => {
  it('finds an organisation tagged with a concept from its label or synonym in any of the six languages', () => {
    for (const q of ['ingénieurs', 'ingenieros', 'Инженеры', 'المهندسين', '工程师', 'ingénierie']) expect(ids(withVocabulary, q), q).toEqual(['tagged']);
  });

  it('ranks a direct name match above an organisation that only has the concept', () => {
    expect(ids(withVocabulary, 'engineering')).toEqual(['named', 'tagged']);
  });

  it('keeps prefixes as you type and typo tolerance on concept words', () => {
    for (const q of ['ingé', 'ingeni', 'inegnieurs', 'artisanat', 'artisant']) expect(ids(withVocabulary, q).length, q).toBe(1);
    expect(ids(withVocabulary, 'ingé')).toEqual(['tagged']);
    expect(ids(withVocabulary, 'artisant')).toEqual(['crafts']);
  });

  it('does not let a two-letter prefix or a function word name concepts', () => {
    expect(ids(withVocabulary, 'in')).toEqual([]);
    expect(ids(withVocabulary, 'de')).toEqual([]);
  });

  it('leaves function words out of the words that must match, except the last one (still being typed)', () => {
    expect(ids(withVocabulary, 'ingénieurs des ponts')).toEqual([]);
    expect(ids(withVocabulary, 'builders des ingénieurs')).toEqual(['tagged']);
  });

  it('without a vocabulary, matches fields of interest by the words of their ids only', () => {
    expect(ids(withoutVocabulary, 'ingénieurs')).toEqual([]);
    expect(ids(withoutVocabulary, 'engineering')).toEqual(['named', 'tagged']);
  });

  it("labels the interest facet's values in the query's language", () => {
    expect(withVocabulary.search({ lang: 'fr' }).facets.interest).toEqual([
      { value: 'crafts', count: 1, label: 'artisanat' },
      { value: 'engineering', count: 1, label: 'ingénierie' },
    ]);
    expect(withVocabulary.search({ q: 'clay', lang: 'zh' }).facets.interest).toEqual([{ value: 'crafts', count: 1, label: '手工艺' }]);
    expect(withoutVocabulary.search({ lang: 'fr' }).facets.interest[0]).toEqual({ value: 'crafts', count: 1 });
  });

  it('accepts every concept of the vocabulary as an interest filter value, present or not', () => {
    expect(withVocabulary.vocabulary.interest?.has('museums')).toBe(true);
    expect(withoutVocabulary.vocabulary.interest).toEqual(new Set(['engineering', 'crafts']));
    expect(withVocabulary.search({ interest: ['museums'] }).total).toBe(0);
  });
});
