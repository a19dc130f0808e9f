import { boundedEditDistance } from '../text/edit-distance.js';
import { isUnspacedTerm } from '../text/tokenize.js';

/**
 * How one indexed field counts: `boost` multiplies its weight; `fuzzy` marks a name-like
 * field, where typos match and a one-letter prefix already expands (in long text a single
 * letter matches nearly every record and says nothing; from two letters on it does).
 */
export interface FieldSpec {
  boost: number;
  fuzzy: boolean;
}

/** The tokens of one field of one document; `length` is the field's length for BM25 (default: the number of tokens). */
export interface FieldTokens {
  field: number;
  tokens: readonly string[];
  length?: number;
}

/** A matched indexed term with the quality of the match (1 exact, less for prefixes and typos). */
export type Visit = (termId: number, quality: number) => void;

/** Match quality: an exact term counts fully, a prefix and a typo less (see matchQuality). */
const EXACT = 1;
const FUZZY_1 = 0.45;
const FUZZY_2 = 0.25;
/** Shortest query term that gets typo tolerance, and from which two typos are allowed. */
const FUZZY_MIN_LENGTH = 4;
const FUZZY_2_MIN_LENGTH = 8;
/** BM25 parameters (the usual defaults). */
const K1 = 1.2;
const B = 0.75;
/** Field masks are 16 bits wide. */
const MAX_FIELDS = 16;

function prefixQuality(queryLength: number, termLength: number): number {
  // A prefix covering most of the word ranks close to an exact match; "m" for "museums" barely counts.
  return 0.3 + 0.5 * (queryLength / termLength);
}

function grown<T extends Int32Array | Float64Array | Uint16Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2, 8));
  bigger.set(array);
  return bigger;
}

/**
 * An inverted index that takes documents in and out one at a time: a term list kept sorted
 * (binary search gives exact and prefix matches), postings with BM25F-style weights per
 * document, and a deletion neighbourhood of the typo-tolerant terms (one typo anywhere is
 * found by lookups, not scans). A field counts a word once (presence, not frequency): fields
 * are short, and a name given in several languages would otherwise count a shared word once
 * per translation.
 *
 * Everything a posting's weight depends on but the document itself — the number of
 * documents, a term's document frequency, a field's average length — is read at query time
 * or refreshed lazily, so the answers after any sequence of `add`/`remove` are those of an
 * index filled from scratch with the documents that remain (postings are kept in no order:
 * scores do not depend on it).
 */
export class TermIndex {
  readonly #fields: readonly FieldSpec[];
  readonly #fuzzyMask: number;
  readonly #ids = new Map<string, number>();
  /** By term id; '' for a free id. */
  readonly #terms: string[] = [];
  readonly #free: number[] = [];
  // Postings of each term: document, fields (bit mask), weight (valid at #postEpoch), count.
  // Plain arrays: tens of thousands of small typed arrays cost more to allocate and collect.
  readonly #postDocs: number[][] = [];
  readonly #postFields: number[][] = [];
  readonly #postWeights: number[][] = [];
  readonly #postEpoch: number[] = [];
  /** Postings of a term in a fuzzy field: the term is name-like while this is above 0. */
  readonly #nameLikePostings: number[] = [];
  // The sorted term list, merged again after terms came or went.
  #sorted: string[] = [];
  #sortedIds: number[] = [];
  #added: number[] = [];
  #removedSome = false;
  // Field lengths per document, their totals and counts (the averages of BM25).
  readonly #lengths: Int32Array[];
  readonly #lengthTotal: number[];
  readonly #lengthCount: number[];
  #averages: number[];
  /** Bumped whenever an average changes: weights computed before are stale. */
  #epoch = 0;
  #docCount = 0;
  // Deletion neighbourhood of the typo-tolerant terms, and long terms by first letter and length.
  readonly #deletes = new Map<string, number | number[]>();
  readonly #byFirstAndLength = new Map<string, number[]>();
  // Scratch space reused by every search (searches are synchronous, so never shared).
  #acc = new Float64Array(0);
  #best = new Float64Array(0);
  #hits = new Int32Array(0);
  #seenTerm = new Int32Array(0);
  #seenStamp = 0;

  constructor(fields: readonly FieldSpec[]) {
    if (fields.length > MAX_FIELDS) throw new RangeError(`at most ${MAX_FIELDS} fields`);
    this.#fields = fields;
    this.#fuzzyMask = fields.reduce((mask, field, f) => (field.fuzzy ? mask | (1 << f) : mask), 0);
    this.#lengths = fields.map(() => new Int32Array(0));
    this.#lengthTotal = fields.map(() => 0);
    this.#lengthCount = fields.map(() => 0);
    this.#averages = fields.map(() => 1);
  }

  /** Number of documents in the index. */
  get docCount(): number {
    return this.#docCount;
  }

  /** Adds a document (not already in the index) with the tokens of its fields. */
  add(doc: number, fields: readonly FieldTokens[]): void {
    this.#ensureCapacity(doc + 1);
    this.#docCount++;
    for (const { field, tokens, length = tokens.length } of fields) this.#addLength(field, doc, length);
    for (const [term, mask] of this.#termFields(fields)) {
      let id = this.#ids.get(term);
      if (id === undefined) id = this.#newTerm(term);
      this.#postDocs[id]!.push(doc);
      this.#postFields[id]!.push(mask);
      this.#postWeights[id]!.push(0);
      this.#postEpoch[id] = -1;
      if (mask & this.#fuzzyMask && this.#nameLikePostings[id]!++ === 0) this.#enterNeighbourhood(id);
    }
    this.#updateAverages();
  }

  /** Removes a document, given the same fields it was added with. */
  remove(doc: number, fields: readonly FieldTokens[]): void {
    this.#docCount--;
    for (let f = 0; f < this.#fields.length; f++) this.#addLength(f, doc, -this.#lengths[f]![doc]!);
    for (const term of this.#termFields(fields).keys()) {
      const id = this.#ids.get(term);
      if (id === undefined) continue;
      const docs = this.#postDocs[id]!;
      const masks = this.#postFields[id]!;
      const weights = this.#postWeights[id]!;
      const k = docs.indexOf(doc);
      if (k < 0) continue;
      const mask = masks[k]!;
      const last = docs.length - 1;
      docs[k] = docs[last]!;
      masks[k] = masks[last]!;
      weights[k] = weights[last]!;
      docs.pop();
      masks.pop();
      weights.pop();
      if (mask & this.#fuzzyMask && --this.#nameLikePostings[id]! === 0) this.#leaveNeighbourhood(id);
      if (last === 0) this.#freeTerm(id);
    }
    this.#updateAverages();
  }

  /** Each distinct term of a document's fields with the fields it is in (bit mask). */
  #termFields(fields: readonly FieldTokens[]): Map<string, number> {
    const masks = new Map<string, number>();
    for (const { field, tokens } of fields) for (const token of tokens) masks.set(token, (masks.get(token) ?? 0) | (1 << field));
    return masks;
  }

  #addLength(field: number, doc: number, length: number): void {
    if (!length) return;
    const lengths = this.#lengths[field]!;
    const before = lengths[doc]!;
    lengths[doc] = before + length;
    this.#lengthTotal[field]! += length;
    if (before === 0) this.#lengthCount[field]!++;
    else if (before + length === 0) this.#lengthCount[field]!--;
  }

  #updateAverages(): void {
    const averages = this.#fields.map((_, f) => (this.#lengthCount[f] ? this.#lengthTotal[f]! / this.#lengthCount[f]! : 1));
    if (averages.some((average, f) => average !== this.#averages[f])) {
      this.#averages = averages;
      this.#epoch++;
    }
  }

  #ensureCapacity(size: number): void {
    if (size <= this.#acc.length) return;
    const capacity = Math.max(size, this.#acc.length * 2, 64);
    this.#acc = grown(this.#acc, capacity);
    this.#best = grown(this.#best, capacity);
    this.#hits = grown(this.#hits, capacity);
    for (let f = 0; f < this.#lengths.length; f++) this.#lengths[f] = grown(this.#lengths[f]!, capacity);
  }

  #newTerm(term: string): number {
    const id = this.#free.pop() ?? this.#terms.length;
    this.#ids.set(term, id);
    this.#terms[id] = term;
    this.#postDocs[id] = [];
    this.#postFields[id] = [];
    this.#postWeights[id] = [];
    this.#postEpoch[id] = -1;
    this.#nameLikePostings[id] = 0;
    this.#added.push(id);
    this.#seenTerm = grown(this.#seenTerm, this.#terms.length);
    return id;
  }

  #freeTerm(id: number): void {
    this.#ids.delete(this.#terms[id]!);
    this.#terms[id] = '';
    this.#free.push(id);
    this.#removedSome = true;
  }

  /** Merges the terms that came and went into the sorted list now rather than at the next query. */
  prepare(): void {
    this.#sortedTerms();
  }

  /** The sorted term list, after the terms that came and went since the last query. */
  #sortedTerms(): string[] {
    if (!this.#added.length && !this.#removedSome) return this.#sorted;
    const terms = this.#terms;
    const fresh = new Set(this.#added);
    const added = this.#added.filter((id) => terms[id] !== '').sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));
    const sorted: string[] = [];
    const ids: number[] = [];
    let a = 0;
    const take = (id: number) => (sorted.push(terms[id]!), ids.push(id));
    for (let i = 0; i < this.#sorted.length; i++) {
      const id = this.#sortedIds[i]!;
      const term = this.#sorted[i]!;
      // Gone, or an id handed to a new term since (that one is among `added`).
      if (terms[id] !== term || fresh.has(id)) continue;
      while (a < added.length && terms[added[a]!]! < term) take(added[a++]!);
      take(id);
    }
    while (a < added.length) take(added[a++]!);
    this.#sorted = sorted;
    this.#sortedIds = ids;
    this.#added = [];
    this.#removedSome = false;
    return sorted;
  }

  #enterNeighbourhood(id: number): void {
    const term = this.#terms[id]!;
    if (term.length < FUZZY_MIN_LENGTH - 1 || isUnspacedTerm(term)) return;
    if (term.length >= FUZZY_2_MIN_LENGTH - 2) {
      const key = `${term[0]}${term.length}`;
      const bucket = this.#byFirstAndLength.get(key);
      if (bucket) bucket.push(id);
      else this.#byFirstAndLength.set(key, [id]);
    }
    if (term.length < FUZZY_MIN_LENGTH) return;
    for (let i = 0; i < term.length; i++) {
      const key = term.slice(0, i) + term.slice(i + 1);
      const entry = this.#deletes.get(key);
      if (entry === undefined) this.#deletes.set(key, id);
      else if (typeof entry === 'number') {
        if (entry !== id) this.#deletes.set(key, [entry, id]);
        // A term's deletions can repeat ("aab": "ab" twice), and come one after another.
      } else if (entry[entry.length - 1] !== id) entry.push(id);
    }
  }

  #leaveNeighbourhood(id: number): void {
    const term = this.#terms[id]!;
    const key = `${term[0]}${term.length}`;
    const bucket = this.#byFirstAndLength.get(key);
    if (bucket) {
      const rest = bucket.filter((other) => other !== id);
      if (rest.length) this.#byFirstAndLength.set(key, rest);
      else this.#byFirstAndLength.delete(key);
    }
    for (let i = 0; i < term.length; i++) {
      const key = term.slice(0, i) + term.slice(i + 1);
      const entry = this.#deletes.get(key);
      if (entry === id) this.#deletes.delete(key);
      else if (Array.isArray(entry)) {
        const rest = entry.filter((other) => other !== id);
        this.#deletes.set(key, rest.length === 1 ? rest[0]! : rest);
      }
    }
  }

  /** Name-like and not in an unspaced script: typos are tolerated. */
  #fuzzy(id: number): boolean {
    return this.#nameLikePostings[id]! > 0 && !isUnspacedTerm(this.#terms[id]!);
  }

  /** The postings' weights of a term, recomputed if an average changed since. */
  #weights(id: number): number[] {
    const weights = this.#postWeights[id]!;
    if (this.#postEpoch[id] === this.#epoch) return weights;
    const docs = this.#postDocs[id]!;
    const masks = this.#postFields[id]!;
    const fields = this.#fields;
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k]!;
      let weight = 0;
      // Fields in index order: the sum is the same, to the last bit, as a rebuilt index's.
      for (let f = 0, mask = masks[k]!; mask; f++, mask >>= 1) {
        if (!(mask & 1)) continue;
        // BM25 with tf = 1: boost × (k1 + 1) / (1 + k1 × (1 − b + b × length / average)).
        weight += (fields[f]!.boost * (K1 + 1)) / (1 + K1 * (1 - B + (B * this.#lengths[f]![doc]!) / this.#averages[f]!));
      }
      weights[k] = weight;
    }
    this.#postEpoch[id] = this.#epoch;
    return weights;
  }

  /** The id of an indexed term, or -1. */
  termId(term: string): number {
    return this.#ids.get(term) ?? -1;
  }

  /** The documents that contain a term (by id), in no particular order. */
  documentsOf(termId: number): readonly number[] {
    return this.#postDocs[termId]!;
  }

  #lowerBound(terms: readonly string[], key: string): number {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Calls `visit` for every term matching `query`: exact, as a prefix (a one-letter query
   * only into name-like fields), and within the typo budget (name-like fields only).
   */
  matchTerm(query: string, visit: Visit): void {
    const stamp = ++this.#seenStamp;
    const seen = this.#seenTerm;
    const sorted = this.#sortedTerms();
    const ids = this.#sortedIds;
    const oneLetter = query.length === 1;
    for (let i = this.#lowerBound(sorted, query); i < sorted.length; i++) {
      const term = sorted[i]!;
      if (!term.startsWith(query)) break;
      const id = ids[i]!;
      seen[id] = stamp;
      if (term.length === query.length) visit(id, EXACT);
      else if (!oneLetter || this.#nameLikePostings[id]! > 0) visit(id, prefixQuality(query.length, term.length));
    }
    if (query.length < FUZZY_MIN_LENGTH || isUnspacedTerm(query)) return;
    const terms = this.#terms;
    const tryCandidate = (id: number) => {
      if (seen[id] === stamp) return;
      seen[id] = stamp;
      if (!this.#fuzzy(id)) return;
      const max = query.length >= FUZZY_2_MIN_LENGTH ? 2 : 1;
      const distance = boundedEditDistance(query, terms[id]!, max);
      if (distance <= max) visit(id, distance === 1 ? FUZZY_1 : FUZZY_2);
    };
    const deletes = this.#deletes;
    // One deletion from the query is a term (the query has an extra letter).
    for (let i = 0; i < query.length; i++) {
      const shorter = query.slice(0, i) + query.slice(i + 1);
      const id = this.#ids.get(shorter);
      if (id !== undefined) tryCandidate(id);
      // Terms one deletion away from the same string: substitutions and swaps.
      const entry = deletes.get(shorter);
      if (entry !== undefined) {
        if (typeof entry === 'number') tryCandidate(entry);
        else for (const candidate of entry) tryCandidate(candidate);
      }
    }
    // Terms with one letter more than the query (the query misses a letter).
    const longer = deletes.get(query);
    if (longer !== undefined) {
      if (typeof longer === 'number') tryCandidate(longer);
      else for (const candidate of longer) tryCandidate(candidate);
    }
    // Two typos in a long word: scan the terms of similar length that share its first letter.
    if (query.length >= FUZZY_2_MIN_LENGTH) {
      for (let length = query.length - 2; length <= query.length + 2; length++) {
        const bucket = this.#byFirstAndLength.get(`${query[0]}${length}`);
        if (bucket) for (const candidate of bucket) tryCandidate(candidate);
      }
    }
  }

  /**
   * Documents matching every query term (AND), each scored by the sum over query terms of
   * the best (quality × idf × field weight) among the terms it matched. `expand` may visit
   * more indexed terms for a query term (the concepts a word names in another language).
   * Returns the documents (unordered) and their scores; `scores[i]` belongs to `docs[i]`.
   */
  search(queryTerms: readonly string[], expand?: (queryTerm: string, visit: Visit) => void): { docs: Int32Array; scores: Float64Array } {
    const acc = this.#acc;
    const best = this.#best;
    const hits = this.#hits;
    const docCount = this.#docCount;
    let candidates: number[] = [];
    let everTouched: number[] = [];
    for (let t = 0; t < queryTerms.length; t++) {
      const touched: number[] = [];
      const visit: Visit = (termId, quality) => {
        const postingDocs = this.#postDocs[termId]!;
        const size = postingDocs.length;
        const df = size;
        const factor = quality * Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
        const weights = this.#weights(termId);
        for (let p = 0; p < size; p++) {
          const doc = postingDocs[p]!;
          if (hits[doc] !== t) continue;
          const score = factor * weights[p]!;
          const previous = best[doc]!;
          if (previous === 0) touched.push(doc);
          if (score > previous) best[doc] = score;
        }
      };
      this.matchTerm(queryTerms[t]!, visit);
      expand?.(queryTerms[t]!, visit);
      for (const doc of touched) {
        acc[doc]! += best[doc]!;
        best[doc] = 0;
        hits[doc] = t + 1;
      }
      if (t === 0) everTouched = touched;
      candidates = touched;
      if (touched.length === 0) break;
    }
    const docs = new Int32Array(candidates.length);
    const scores = new Float64Array(candidates.length);
    candidates.forEach((doc, i) => {
      docs[i] = doc;
      scores[i] = acc[doc]!;
    });
    // Reset the scratch arrays for the next search (only documents that were touched).
    for (const doc of everTouched) {
      acc[doc] = 0;
      hits[doc] = 0;
    }
    return { docs, scores };
  }
}
