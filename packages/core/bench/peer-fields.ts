import MiniSearch from 'minisearch';
import type { Organization } from '../src/schemas/organization.js';
import { indexTokens, tokenize } from '../src/text/tokenize.js';
import { conceptTerms, vocabulary } from '../src/vocabulary/vocabulary.js';

/*
 * What the peer engines of the benches index, so they search what Liaison searches: every
 * field the index has, with Liaison's boosts, and fields of interest as each concept's labels
 * and synonyms in the six languages (what Liaison reaches through its concept dictionary).
 */

const texts = (value: object | undefined) => Object.values(value ?? {}).filter((v): v is string => typeof v === 'string');
const conceptWords = new Map(vocabulary().concepts.map((c) => [c.id, conceptTerms(c).join(' ')]));

export const allNames = (o: Organization) => texts(o.name).join(' ');
export const allAcronyms = (o: Organization) => texts(o.acronym).join(' ');
export const interests = (o: Organization) => o.fieldsOfInterest.map((id) => conceptWords.get(id) ?? id).join(' ');

export const BOOST = { name: 3, acronym: 4, formerName: 2, interest: 1.5, city: 1, identifier: 1, description: 0.5 };
export type PeerField = keyof typeof BOOST;
export const FIELD_NAMES = Object.keys(BOOST) as PeerField[];

export const FIELD_TEXT: Record<PeerField, (o: Organization) => string> = {
  name: allNames,
  acronym: allAcronyms,
  formerName: (o) => (o.formerNames ?? []).flatMap(texts).join(' '),
  interest: interests,
  city: (o) => o.headquarters?.city ?? '',
  identifier: (o) => o.identifiers.map((i) => i.value).join(' '),
  description: (o) => texts(o.description).join(' '),
};

/** MiniSearch with Liaison's tokens and boosts, prefix search and typo tolerance (0.2, words over 3 characters). */
export function peerMiniSearch(orgs: readonly Organization[], { fields = FIELD_NAMES, combineWith = 'AND' }: { fields?: readonly PeerField[]; combineWith?: 'AND' | 'OR' } = {}): MiniSearch<Organization> {
  const ms = new MiniSearch<Organization>({
    fields: [...fields],
    extractField: (doc, field) => (field === 'id' ? doc.id : FIELD_TEXT[field as PeerField](doc)),
    tokenize: (text, field) => indexTokens(text, { joinParts: field === 'acronym' }),
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (text) => [...new Set(tokenize(text))],
      processTerm: (term) => term,
      prefix: true,
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      boost: BOOST,
      combineWith,
    },
  });
  ms.addAll([...orgs]);
  return ms;
}
