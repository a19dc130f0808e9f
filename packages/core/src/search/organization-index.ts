import type { Language } from '../i18n/languages.js';
import { pickText } from '../i18n/pick-text.js';
import { DEFAULT_STANDINGS, partnerSince } from '../organizations/partnership.js';
import { DEFAULT_LIMIT } from '../query/list-query.js';
import type { LocalizedText, PartialLocalizedText } from '../schemas/localized-text.js';
import type { Organization } from '../schemas/organization.js';
import { indexTokens, tokenize } from '../text/tokenize.js';
import {
  ORGANIZATION_FACETS,
  organizationFacetValues,
  type CountryGrouping,
  type FacetCounts,
  type OrganizationFacet,
} from './facets.js';
import type { FacetVocabulary, OrganizationQuery, OrganizationSort } from './organization-query.js';
import {
  UNKNOWN_YEAR,
  compareKeys,
  decodeResultCursor,
  encodeResultCursor,
  nameCollator,
  type ResultKey,
} from './result-order.js';
import { FacetTable } from './facet-table.js';
import type { ConceptDictionary } from './concept-dictionary.js';
import { TermIndex, type FieldSpec, type FieldTokens, type Visit } from './term-index.js';
import { topK } from './top-k.js';

/**
 * Indexed fields and their boosts. Names, acronyms and former names tolerate typos; a
 * description only matches its own words (and prefixes), with a low weight. Fields of
 * interest are concept ids: with a vocabulary, `concept` holds one opaque token per concept,
 * reached through the words of its labels and synonyms in any language (ConceptDictionary);
 * without one, `interest` holds the words of the ids ("early-childhood": early, childhood).
 */
const FIELDS = {
  name: { boost: 3, fuzzy: true },
  acronym: { boost: 4, fuzzy: true },
  formerName: { boost: 2, fuzzy: true },
  interest: { boost: 1.5, fuzzy: true },
  concept: { boost: 1.5, fuzzy: false },
  city: { boost: 1, fuzzy: true },
  identifier: { boost: 1, fuzzy: false },
  description: { boost: 0.5, fuzzy: false },
} as const satisfies Record<string, FieldSpec>;
const FIELD_IDS = Object.keys(FIELDS) as (keyof typeof FIELDS)[];
const FIELD_SPECS: FieldSpec[] = FIELD_IDS.map((name) => FIELDS[name]);
const field = (name: keyof typeof FIELDS) => FIELD_IDS.indexOf(name);

/** Query terms beyond this many are ignored (a 200-character query has at most ~40). */
const MAX_QUERY_TERMS = 24;

/**
 * A word that names an organisation's concept counts this much of a match on the concept's
 * own words: a query that is the name ranks the organisation it names above those that only
 * share its theme.
 */
const CONCEPT_MATCH = 0.8;

/** Prefix of concept tokens: not a letter or digit, so no query word or prefix ever reaches one. */
const CONCEPT_TOKEN = '\u0001';

export interface OrganizationIndexOptions {
  /**
   * Country reference data for the `region` and `group` facets: `countryGroupingOn(COUNTRIES,
   * day)` makes them follow UNESCO membership on that day (`COUNTRIES` alone ignores the dates).
   * Without it those facets stay empty; text results and the other facets do not depend on it.
   */
  countries?: readonly CountryGrouping[];
  /**
   * The words of the controlled vocabulary: `conceptDictionary(vocabulary())` (from
   * `@ngo-liaison/core/search` and `@ngo-liaison/core/vocabulary`). With it a query word in any
   * language that names a concept (a label or synonym, with prefixes and typos) finds the
   * organisations tagged with it, function words ("de", "the") need not match, and the
   * `interest` filter accepts every concept id. Without it (a widget that must stay small),
   * fields of interest match by the words of their ids only.
   */
  concepts?: ConceptDictionary;
}

export interface OrganizationSearchResult {
  items: Organization[];
  nextCursor: string | null;
  /** Organisations matching the query and every filter. */
  total: number;
  /**
   * Counts per facet value. A facet's counts apply the query and every *other* facet's
   * filter, so they say what choosing one more value of that facet would add (OR within a
   * facet). Values selected in the query are always listed, even at 0.
   */
  facets: FacetCounts;
}

/** What changed in a directory: records added or changed (by id), and ids removed. */
export interface OrganizationChanges {
  upserted?: readonly Organization[];
  removed?: readonly string[];
}

interface Order {
  order: number[];
  position: Int32Array;
}

/** A batch that changes more than this many records drops the cached orders instead of patching them. */
const PATCH_ORDERS_UP_TO = 256;

function texts(value: LocalizedText | PartialLocalizedText | undefined): string[] {
  return value ? Object.values(value).filter((text): text is string => typeof text === 'string') : [];
}

/** Tokens of several texts in one field (the builder counts each once); as long as its longest text. */
function fieldTokens(values: readonly string[], joinParts = false): { tokens: string[]; length: number } {
  if (values.length === 1) {
    const tokens = indexTokens(values[0]!, { joinParts });
    return { tokens, length: tokens.length };
  }
  const tokens: string[] = [];
  let length = 0;
  for (const value of values) {
    const own = indexTokens(value, { joinParts });
    if (own.length > length) length = own.length;
    for (const token of own) tokens.push(token);
  }
  return { tokens, length };
}

/** Results shared between calls are frozen: a caller that edits one cannot change the next answer. */
function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (child && typeof child === 'object') deepFreeze(child as object);
  return Object.freeze(value);
}

/**
 * An in-memory search index over a directory of organisations: the same code answers the
 * API (built from the database) and the browser (built from `items` or a JSON export), so
 * both return the same results, facets and cursors for the same data.
 */
export class OrganizationIndex {
  /** By document number (a slot that a removed organisation leaves is reused). */
  readonly #orgs: (Organization | undefined)[] = [];
  readonly #byId = new Map<string, number>();
  readonly #freeDocs: number[] = [];
  readonly #text = new TermIndex(FIELD_SPECS);
  readonly #facets = new FacetTable();
  readonly #since: number[] = [];
  readonly #names = new Map<Language, string[]>();
  readonly #orders = new Map<string, Order>();
  readonly #countries: ReadonlyMap<string, CountryGrouping> | undefined;
  readonly #countryCodes: readonly string[];
  readonly #concepts: ConceptDictionary | undefined;
  // Derived from the documents; recomputed on first use after a change.
  /** Matches and facet counts of the whole directory (no words, no filters): what an emptied search box shows. */
  #everything: ReturnType<FacetTable['filterAndCount']> | undefined;
  #vocabulary: FacetVocabulary | undefined;
  #docs: Int32Array | undefined;
  /** Per concept number of the dictionary: the id of its token in #text, or -1. */
  #conceptTerms: Int32Array | undefined;

  constructor(organizations: readonly Organization[], options: OrganizationIndexOptions = {}) {
    this.#countries = options.countries ? new Map(options.countries.map((c) => [c.code, c])) : undefined;
    this.#countryCodes = options.countries?.map((c) => c.code) ?? [];
    this.#concepts = options.concepts;
    organizations.forEach((org, doc) => {
      if (this.#byId.has(org.id)) throw new Error(`duplicate organisation id "${org.id}"`);
      this.#put(doc, org);
    });
  }

  /** Number of organisations. */
  get size(): number {
    return this.#byId.size;
  }

  /** Allowed values of the open facets, for parseOrganizationQuery. */
  get vocabulary(): FacetVocabulary {
    if (this.#vocabulary) return this.#vocabulary;
    const present = (facet: OrganizationFacet) => new Set(this.#facets.values(facet));
    const codes = this.#countryCodes;
    return (this.#vocabulary = {
      country: new Set([...codes, ...present('country')]),
      hq: new Set([...codes, ...present('hq')]),
      language: present('language'),
      interest: new Set([...(this.#concepts?.ids ?? []), ...present('interest')]),
    });
  }

  get(id: string): Organization | undefined {
    const doc = this.#byId.get(id);
    return doc === undefined ? undefined : this.#orgs[doc];
  }

  /**
   * Updates the index in place: removes the organisations with the ids in `removed`, then
   * adds or replaces (by id) those in `upserted`. Only their entries, facet values and
   * places in the result orders change, so one edit costs milliseconds, not a rebuild; every
   * answer afterwards is what an index built from the resulting directory would give.
   * Organisations passed in are kept (and returned by searches): do not mutate them.
   */
  apply({ upserted = [], removed = [] }: OrganizationChanges): void {
    const changed = new Set<number>();
    for (const id of removed) {
      const doc = this.#byId.get(id);
      if (doc === undefined) continue;
      this.#drop(doc);
      this.#byId.delete(id);
      this.#orgs[doc] = undefined;
      this.#freeDocs.push(doc);
      changed.add(doc);
    }
    for (const org of upserted) {
      let doc = this.#byId.get(org.id);
      if (doc === undefined) doc = this.#freeDocs.pop() ?? this.#orgs.length;
      else this.#drop(doc);
      this.#put(doc, org);
      changed.add(doc);
    }
    if (changed.size) this.#changed(changed);
  }

  /** Adds or replaces one organisation (see apply). */
  upsert(organization: Organization): void {
    this.apply({ upserted: [organization] });
  }

  /** Removes an organisation by id, if present (see apply). */
  remove(id: string): void {
    this.apply({ removed: [id] });
  }

  /**
   * Does now what the next query would do first after a change: merges new words into the
   * sorted word list and orders the directory by name in `lang`. A build in slices calls it
   * after each slice, so no single step does all of that work at once.
   */
  prepare(lang: Language = 'en'): void {
    this.#text.prepare();
    this.#order('name', lang);
  }

  /** Indexes `org` as document `doc` (a free slot). */
  #put(doc: number, org: Organization): void {
    this.#orgs[doc] = org;
    this.#byId.set(org.id, doc);
    this.#text.add(doc, this.#fields(org));
    const values = organizationFacetValues(org, this.#countries);
    this.#facets.set(
      doc,
      ORGANIZATION_FACETS.map((facet) => values[facet]),
    );
    this.#since[doc] = partnerSince(org) ?? UNKNOWN_YEAR;
  }

  /** Takes document `doc` out of the text and facet indexes (its slot stays taken). */
  #drop(doc: number): void {
    this.#text.remove(doc, this.#fields(this.#orgs[doc]!));
    this.#facets.remove(doc);
  }

  /** The indexed fields of an organisation, in field order. */
  #fields(org: Organization): FieldTokens[] {
    const fields: FieldTokens[] = [];
    const add = (name: keyof typeof FIELDS, values: string[], joinParts = false) => {
      if (values.length) fields.push({ field: field(name), ...fieldTokens(values, joinParts) });
    };
    add('name', texts(org.name));
    add('acronym', texts(org.acronym), true);
    add('formerName', (org.formerNames ?? []).flatMap(texts));
    if (this.#concepts) {
      if (org.fieldsOfInterest.length) fields.push({ field: field('concept'), tokens: org.fieldsOfInterest.map((id) => CONCEPT_TOKEN + id) });
    } else {
      add('interest', org.fieldsOfInterest);
    }
    add('city', org.headquarters?.city ? [org.headquarters.city] : []);
    add('identifier', org.identifiers.map((identifier) => identifier.value));
    add('description', texts(org.description));
    return fields;
  }

  /** Forgets what derives from the documents, and moves the changed ones in the cached orders. */
  #changed(docs: ReadonlySet<number>): void {
    this.#everything = undefined;
    this.#vocabulary = undefined;
    this.#docs = undefined;
    this.#conceptTerms = undefined;
    for (const [lang, names] of this.#names) for (const doc of docs) names[doc] = this.#orgs[doc] ? pickText(this.#orgs[doc].name, lang) : '';
    if (docs.size > PATCH_ORDERS_UP_TO) return this.#orders.clear();
    for (const [cacheKey, cached] of this.#orders) {
      const [sort, lang] = cacheKey.split(':') as [Exclude<OrganizationSort, 'relevance'>, Language];
      const collator = nameCollator(lang);
      const order = cached.order.filter((doc) => !docs.has(doc));
      for (const doc of docs) {
        if (!this.#orgs[doc]) continue;
        order.splice(this.#firstNotBefore(order, sort, lang, collator, this.#key(sort, lang, doc)), 0, doc);
      }
      this.#orders.set(cacheKey, { order, position: positions(order, this.#orgs.length) });
    }
  }

  /** Every document number in use. */
  #allDocs(): Int32Array {
    return (this.#docs ??= Int32Array.from(this.#byId.values()));
  }

  /**
   * One page of results with total and facet counts. Throws InvalidCursorError for a
   * cursor this index (or a server with the same code) did not make for the same order.
   */
  search(query: OrganizationQuery = {}): OrganizationSearchResult {
    return this.#run(query, query.limit ?? DEFAULT_LIMIT, query.cursor);
  }

  /** Every match in result order, without paging (exports). */
  searchAll(query: OrganizationQuery = {}): Organization[] {
    return this.#run(query, Number.POSITIVE_INFINITY, undefined).items;
  }

  #run(asked: OrganizationQuery, limit: number, cursor: string | undefined): OrganizationSearchResult {
    // Official partners unless the query asks for other standings (see facets.ts).
    const query: OrganizationQuery = asked.standing?.length ? asked : { ...asked, standing: DEFAULT_STANDINGS };
    const lang = query.lang ?? 'en';
    const words = [...new Set(tokenize(query.q ?? ''))];
    const terms = (this.#concepts?.queryTerms(words) ?? words).slice(0, MAX_QUERY_TERMS);
    const requested: OrganizationSort = query.sort ?? (terms.length ? 'relevance' : 'name');
    // Without words to rank by, "relevance" is the name order (and its cursors are name cursors).
    const sort: OrganizationSort = requested === 'relevance' && !terms.length ? 'name' : requested;
    const after = cursor ? decodeResultCursor(cursor, sort, lang) : undefined;

    // The emptied search box asks for the whole directory again and again: count it once.
    const unfiltered = !terms.length && ORGANIZATION_FACETS.every((facet) => !asked[facet]?.length);
    const { results, resultScores, facets } = unfiltered
      ? (this.#everything ??= deepFreeze(this.#match(query, terms)))
      : this.#match(query, terms);
    const page =
      sort === 'relevance'
        ? this.#pageByRelevance(results, resultScores, lang, limit, after)
        : this.#pageByOrder(results, sort, lang, limit, after);
    return { ...page, total: results.length, facets: this.#labelled(facets, lang) };
  }

  /** Facet counts with each concept's label in `lang` (new objects: the counts may be the shared, frozen ones). */
  #labelled(facets: FacetCounts, lang: Language): FacetCounts {
    const concepts = this.#concepts;
    if (!concepts) return facets;
    return { ...facets, interest: facets.interest.map((entry) => ({ ...entry, label: concepts.label(entry.value, lang) ?? entry.value })) };
  }

  /** Documents with the words (every document without words), filtered, with facet counts. */
  #match(query: OrganizationQuery, terms: readonly string[]) {
    if (!terms.length) return this.#facets.filterAndCount(query, this.#allDocs());
    const { docs, scores } = this.#text.search(terms, this.#concepts && this.#expandToConcepts);
    return this.#facets.filterAndCount(query, docs, scores);
  }

  /** Visits the concept tokens of the concepts a query word names (in any language). */
  readonly #expandToConcepts = (word: string, visit: Visit): void => {
    const conceptTerms = (this.#conceptTerms ??= Int32Array.from(this.#concepts!.ids, (id) => this.#text.termId(CONCEPT_TOKEN + id)));
    this.#concepts!.match(word, (concept, quality) => {
      const termId = conceptTerms[concept]!;
      if (termId >= 0) visit(termId, quality * CONCEPT_MATCH);
    });
  };

  #displayNames(lang: Language): string[] {
    let names = this.#names.get(lang);
    if (!names) {
      names = Array.from(this.#orgs, (org) => (org ? pickText(org.name, lang) : ''));
      this.#names.set(lang, names);
    }
    return names;
  }

  #key(sort: OrganizationSort, lang: Language, doc: number, score = 0): ResultKey {
    const primary = sort === 'relevance' ? score : sort === 'name' ? 0 : this.#since[doc]!;
    return { primary, name: this.#displayNames(lang)[doc]!, id: this.#orgs[doc]!.id };
  }

  /** Every document in a non-relevance order, computed once per order and language. */
  #order(sort: Exclude<OrganizationSort, 'relevance'>, lang: Language): Order {
    const cacheKey = `${sort}:${lang}`;
    let cached = this.#orders.get(cacheKey);
    if (!cached) {
      const collator = nameCollator(lang);
      const keys: ResultKey[] = [];
      for (const doc of this.#byId.values()) keys[doc] = this.#key(sort, lang, doc);
      const order = [...this.#byId.values()].sort((a, b) => compareKeys(sort, collator, keys[a]!, keys[b]!));
      cached = { order, position: positions(order, this.#orgs.length) };
      this.#orders.set(cacheKey, cached);
    }
    return cached;
  }

  /** Position of a cursor's key in an order: that of its organisation, or where its key would sit. */
  #cursorPosition(sort: Exclude<OrganizationSort, 'relevance'>, lang: Language, key: ResultKey): number {
    const { order, position } = this.#order(sort, lang);
    const doc = this.#byId.get(key.id);
    const collator = nameCollator(lang);
    if (doc !== undefined && compareKeys(sort, collator, this.#key(sort, lang, doc), key) === 0) return position[doc]!;
    // The organisation changed or left: the page continues after the place its key had.
    return this.#firstNotBefore(order, sort, lang, collator, key) - 0.5;
  }

  /** Binary search: the first position in `order` whose key does not sort before `key`. */
  #firstNotBefore(order: readonly number[], sort: Exclude<OrganizationSort, 'relevance'>, lang: Language, collator: Intl.Collator, key: ResultKey): number {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeys(sort, collator, this.#key(sort, lang, order[mid]!), key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #pageByOrder(results: number[], sort: Exclude<OrganizationSort, 'relevance'>, lang: Language, limit: number, after: ResultKey | undefined) {
    const { order } = this.#order(sort, lang);
    const wanted = new Uint8Array(this.#orgs.length);
    for (const doc of results) wanted[doc] = 1;
    const items: Organization[] = [];
    let last = -1;
    let more = false;
    for (let pos = after ? Math.floor(this.#cursorPosition(sort, lang, after)) + 1 : 0; pos < order.length; pos++) {
      const doc = order[pos]!;
      if (!wanted[doc]) continue;
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push(this.#orgs[doc]!);
      last = doc;
    }
    return { items, nextCursor: more && last >= 0 ? encodeResultCursor(sort, lang, this.#key(sort, lang, last)) : null };
  }

  #pageByRelevance(results: number[], scores: number[], lang: Language, limit: number, after: ResultKey | undefined) {
    const { position } = this.#order('name', lang);
    // Ties on score break by name order: the rank in the name order is that tie-break, precomputed.
    const afterRank = after ? this.#cursorPosition('name', lang, { primary: 0, name: after.name, id: after.id }) : 0;
    // Indices into results/scores, no objects: broad as-you-type queries match thousands.
    const candidates: number[] = [];
    for (let i = 0; i < results.length; i++) {
      if (after) {
        const score = scores[i]!;
        if (score > after.primary || (score === after.primary && position[results[i]!]! <= afterRank)) continue;
      }
      candidates.push(i);
    }
    const byRelevance = (a: number, b: number) => scores[b]! - scores[a]! || position[results[a]!]! - position[results[b]!]!;
    const top = topK(candidates, Math.min(limit, candidates.length) + (candidates.length > limit ? 1 : 0), byRelevance);
    const more = top.length > limit;
    const pageEntries = more ? top.slice(0, limit) : top;
    const last = pageEntries[pageEntries.length - 1];
    return {
      items: pageEntries.map((i) => this.#orgs[results[i]!]!),
      nextCursor: more && last !== undefined ? encodeResultCursor('relevance', lang, this.#key('relevance', lang, results[last]!, scores[last]!)) : null,
    };
  }
}

/** Each document's place in `order`. */
function positions(order: readonly number[], size: number): Int32Array {
  const position = new Int32Array(size);
  order.forEach((doc, pos) => (position[doc] = pos));
  return position;
}

/** Builds the search index of a directory (see OrganizationIndex). */
export function createOrganizationIndex(organizations: readonly Organization[], options?: OrganizationIndexOptions): OrganizationIndex {
  return new OrganizationIndex(organizations, options);
}
