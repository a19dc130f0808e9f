import { LANGUAGES, type Language } from '../i18n/languages.js';
import type { SectorCode } from '../schemas/sector.js';
import { normalizeText } from '../text/normalize.js';
import { CONCEPTS, type ConceptRecord, type Synonyms } from './concepts.js';
import { CONCEPT_LABELS } from './labels/index.js';

/** A concept with its labels in the six languages. */
export interface Concept extends ConceptRecord {
  readonly labels: Readonly<Record<Language, string>>;
}

/**
 * The controlled vocabulary of fields of action and themes: concepts with stable ids, labels
 * and synonyms in the six UN languages, sectors and a one-step hierarchy.
 */
export interface Vocabulary {
  readonly concepts: readonly Concept[];
  has(id: string): boolean;
  get(id: string): Concept | undefined;
  /** The concept's label in `language`; an unknown id is returned as it is. */
  label(id: string, language: Language): string;
  /**
   * The concept a free-text tag names: a label or synonym in any language, compared after
   * normalizeText (accents, case, Arabic vowel marks), simple plurals included ("museum").
   */
  conceptOfTerm(tag: string): Concept | undefined;
  /** Ids one step away: the broader concept and the narrower ones. */
  related(id: string): readonly string[];
  /** Ids of every concept that belongs to `sector`. */
  inSector(sector: SectorCode): readonly string[];
}

/** Every label and synonym of a concept, in all languages. */
export function conceptTerms(concept: Concept): string[] {
  return LANGUAGES.flatMap((language) => [concept.labels[language], ...(concept.synonyms[language] ?? [])]);
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Builds a vocabulary and checks it: slug ids defined once, a known broader concept, a label
 * in each of the six languages (and no label for an unknown id), and one concept per term, so
 * a tag can never mean two concepts.
 */
export function createVocabulary(
  records: readonly ConceptRecord[] = CONCEPTS,
  labels: Readonly<Record<Language, Readonly<Record<string, string>>>> = CONCEPT_LABELS,
): Vocabulary {
  const byId = new Map<string, Concept>();
  for (const record of records) {
    if (!SLUG.test(record.id)) throw new Error(`concept id "${record.id}" is not a lower-case slug`);
    if (byId.has(record.id)) throw new Error(`concept "${record.id}" is defined twice`);
    const own = {} as Record<Language, string>;
    for (const language of LANGUAGES) {
      const label = labels[language][record.id];
      if (!label) throw new Error(`concept "${record.id}" has no ${language} label`);
      own[language] = label;
    }
    byId.set(record.id, { ...record, labels: own });
  }
  for (const language of LANGUAGES) {
    for (const id of Object.keys(labels[language])) {
      if (!byId.has(id)) throw new Error(`the ${language} labels name an unknown concept "${id}"`);
    }
  }

  const byTerm = new Map<string, Concept>();
  const related = new Map<string, string[]>();
  const bySector = new Map<SectorCode, string[]>();
  const push = <K>(map: Map<K, string[]>, key: K, id: string) => (map.get(key) ?? map.set(key, []).get(key)!).push(id);
  for (const concept of byId.values()) {
    for (const term of conceptTerms(concept)) {
      const normal = normalizeText(term);
      const owner = byTerm.get(normal);
      if (owner && owner !== concept) throw new Error(`term "${term}" belongs to both ${owner.id} and ${concept.id}`);
      byTerm.set(normal, concept);
    }
    for (const sector of concept.sectors) push(bySector, sector, concept.id);
    if (concept.broader) {
      if (!byId.has(concept.broader)) throw new Error(`concept "${concept.id}" has an unknown broader concept "${concept.broader}"`);
      push(related, concept.id, concept.broader);
      push(related, concept.broader, concept.id);
    }
  }

  return {
    concepts: [...byId.values()],
    has: (id) => byId.has(id),
    get: (id) => byId.get(id),
    label: (id, language) => byId.get(id)?.labels[language] ?? id,
    conceptOfTerm(tag) {
      const normal = normalizeText(tag);
      // Simple English/French/Spanish plurals: "museum" and "museums" are one concept.
      return byTerm.get(normal) ?? (normal.endsWith('s') ? byTerm.get(normal.slice(0, -1)) : byTerm.get(`${normal}s`));
    },
    related: (id) => related.get(id) ?? [],
    inSector: (sector) => bySector.get(sector) ?? [],
  };
}

let defaultVocabulary: Vocabulary | undefined;

/** The curated vocabulary (CONCEPTS and their labels), built on first use. */
export function vocabulary(): Vocabulary {
  return (defaultVocabulary ??= createVocabulary());
}

export type { ConceptRecord, Synonyms };
