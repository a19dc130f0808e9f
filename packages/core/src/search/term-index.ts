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

function prefixQuality(queryLength: number, termLength: number): number {
  // A prefix covering most of the word ranks close to an exact match; "m" for "museums" barely counts.
  return 0.3 + 0.5 * (queryLength / termLength);
}

/**
 * Collects postings while documents are added (in increasing document order). A field
 * counts a word once (presence, not frequency): fields are short, and a name or a
 * description given in several languages would otherwise count a shared word once per
 * translation.
 */
export class TermIndexBuilder {
  readonly #fields: readonly FieldSpec[];
  readonly #ids = new Map<string, number>();
  readonly #terms: string[] = [];
  readonly #fuzzy: number[] = [];
  // Per term, the (document, field) pairs that contain it, in document order: typed
  // buckets grown by doubling, read sequentially by build().
  readonly #bucketDocs: Int32Array[] = [];
  readonly #bucketFields: Uint8Array[] = [];
  readonly #bucketSize: number[] = [];
  // The add() call that last saw each term, so a repeated token is a no-op.
  readonly #lastCall: number[] = [];
  readonly #lengths: number[][];
  #call = 0;
  #docCount = 0;

  constructor(fields: readonly FieldSpec[]) {
    if (fields.length > 255) throw new RangeError('at most 255 fields');
    this.#fields = fields;
    this.#lengths = fields.map(() => []);
  }

  /**
   * Adds the tokens of one field of one document (documents in increasing order).
   * `length` is the field's length for BM25 (default: the number of tokens).
   */
  add(doc: number, field: number, { tokens, length = tokens.length }: { tokens: readonly string[]; length?: number }): void {
    if (doc + 1 > this.#docCount) this.#docCount = doc + 1;
    const lengths = this.#lengths[field]!;
    lengths[doc] = (lengths[doc] ?? 0) + length;
    const fuzzy = this.#fields[field]!.fuzzy ? 1 : 0;
    const call = ++this.#call;
    for (const token of tokens) {
      let id = this.#ids.get(token);
      if (id === undefined) {
        id = this.#terms.length;
        this.#ids.set(token, id);
        this.#terms.push(token);
        this.#fuzzy.push(0);
        this.#lastCall.push(0);
        this.#bucketDocs.push(new Int32Array(2));
        this.#bucketFields.push(new Uint8Array(2));
        this.#bucketSize.push(0);
      }
      if (this.#lastCall[id] === call) continue;
      this.#lastCall[id] = call;
      this.#fuzzy[id]! |= fuzzy;
      const size = this.#bucketSize[id]!;
      let docs = this.#bucketDocs[id]!;
      let fieldsOf = this.#bucketFields[id]!;
      if (size === docs.length) {
        const grownDocs = new Int32Array(size * 2);
        grownDocs.set(docs);
        this.#bucketDocs[id] = docs = grownDocs;
        const grownFields = new Uint8Array(size * 2);
        grownFields.set(fieldsOf);
        this.#bucketFields[id] = fieldsOf = grownFields;
      }
      docs[size] = doc;
      fieldsOf[size] = field;
      this.#bucketSize[id] = size + 1;
    }
  }

  build(docCount = this.#docCount): TermIndex {
    const fields = this.#fields;
    const termCount = this.#terms.length;
    const avg = this.#lengths.map((lengths) => {
      let total = 0;
      let n = 0;
      for (const length of lengths) {
        if (!length) continue;
        total += length;
        n++;
      }
      return n ? total / n : 1;
    });
    const order = Array.from({ length: termCount }, (_, i) => i).sort((a, b) => (this.#terms[a]! < this.#terms[b]! ? -1 : 1));
    const terms = order.map((i) => this.#terms[i]!);
    let entries = 0;
    for (const size of this.#bucketSize) entries += size;
    const starts = new Int32Array(termCount + 1);
    const postingDocs = new Int32Array(entries);
    const postingWeights = new Float64Array(entries);
    const idf = new Float64Array(termCount);
    const fuzzy = new Uint8Array(termCount);
    const nameLike = new Uint8Array(termCount);
    // BM25 with tf = 1: boost × (k1 + 1) / (1 + k1 × (1 − b + b × length / average)).
    const weightOf = (field: number, length: number) => (fields[field]!.boost * (K1 + 1)) / (1 + K1 * (1 - B + (B * length) / avg[field]!));
    let p = 0;
    for (let id = 0; id < termCount; id++) {
      const old = order[id]!;
      starts[id] = p;
      const docs = this.#bucketDocs[old]!;
      const fieldsOf = this.#bucketFields[old]!;
      const size = this.#bucketSize[old]!;
      for (let k = 0; k < size; k++) {
        const doc = docs[k]!;
        const field = fieldsOf[k]!;
        const weight = weightOf(field, this.#lengths[field]![doc] ?? 0);
        // Entries of one document are contiguous (documents come in order): merge its fields.
        if (p > starts[id]! && postingDocs[p - 1] === doc) postingWeights[p - 1]! += weight;
        else {
          postingDocs[p] = doc;
          postingWeights[p++] = weight;
        }
      }
      const df = p - starts[id]!;
      idf[id] = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
      nameLike[id] = this.#fuzzy[old]! ? 1 : 0;
      fuzzy[id] = nameLike[id] && !isUnspacedTerm(terms[id]!) ? 1 : 0;
    }
    starts[termCount] = p;
    return new TermIndex(docCount, terms, starts, postingDocs.slice(0, p), postingWeights.slice(0, p), idf, fuzzy, nameLike);
  }
}

/** A matched indexed term with the quality of the match (1 exact, less for prefixes and typos). */
export type Visit = (termId: number, quality: number) => void;

/**
 * An immutable inverted index: a sorted term list (binary search gives exact and prefix
 * matches), postings with BM25F-style weights per document, and a deletion neighbourhood
 * of the typo-tolerant terms (one typo anywhere is found by lookups, not scans).
 */
export class TermIndex {
  readonly docCount: number;
  readonly #terms: readonly string[];
  readonly #starts: Int32Array;
  readonly #docs: Int32Array;
  readonly #weights: Float64Array;
  readonly #idf: Float64Array;
  readonly #fuzzy: Uint8Array;
  readonly #nameLike: Uint8Array;
  #deletes: Map<string, number | number[]> | undefined;
  #byFirstAndLength: Map<string, number[]> | undefined;
  // Scratch space reused by every search (searches are synchronous, so never shared).
  readonly #acc: Float64Array;
  readonly #best: Float64Array;
  readonly #hits: Int32Array;
  readonly #seenTerm: Int32Array;
  #seenStamp = 0;

  constructor(
    docCount: number,
    terms: readonly string[],
    starts: Int32Array,
    docs: Int32Array,
    weights: Float64Array,
    idf: Float64Array,
    fuzzy: Uint8Array,
    nameLike: Uint8Array,
  ) {
    this.docCount = docCount;
    this.#terms = terms;
    this.#starts = starts;
    this.#docs = docs;
    this.#weights = weights;
    this.#idf = idf;
    this.#fuzzy = fuzzy;
    this.#nameLike = nameLike;
    this.#acc = new Float64Array(docCount);
    this.#best = new Float64Array(docCount);
    this.#hits = new Int32Array(docCount);
    this.#seenTerm = new Int32Array(terms.length);
    this.#buildFuzzy();
  }

  get termCount(): number {
    return this.#terms.length;
  }

  /** The id of an indexed term, or -1. */
  termId(term: string): number {
    const id = this.#lowerBound(term);
    return this.#terms[id] === term ? id : -1;
  }

  /** The documents that contain a term (by id), in increasing order. */
  documentsOf(termId: number): Int32Array {
    return this.#docs.subarray(this.#starts[termId]!, this.#starts[termId + 1]!);
  }

  #lowerBound(key: string): number {
    let lo = 0;
    let hi = this.#terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#terms[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #buildFuzzy(): void {
    const deletes = new Map<string, number | number[]>();
    const byFirstAndLength = new Map<string, number[]>();
    for (let id = 0; id < this.#terms.length; id++) {
      if (!this.#fuzzy[id]) continue;
      const term = this.#terms[id]!;
      if (term.length < FUZZY_MIN_LENGTH - 1) continue;
      if (term.length >= FUZZY_2_MIN_LENGTH - 2) {
        const key = `${term[0]}${term.length}`;
        const bucket = byFirstAndLength.get(key);
        if (bucket) bucket.push(id);
        else byFirstAndLength.set(key, [id]);
      }
      if (term.length < FUZZY_MIN_LENGTH) continue;
      for (let i = 0; i < term.length; i++) {
        const key = term.slice(0, i) + term.slice(i + 1);
        const entry = deletes.get(key);
        if (entry === undefined) deletes.set(key, id);
        else if (typeof entry === 'number') {
          if (entry !== id) deletes.set(key, [entry, id]);
        } else if (entry[entry.length - 1] !== id) entry.push(id);
      }
    }
    this.#deletes = deletes;
    this.#byFirstAndLength = byFirstAndLength;
  }

  /**
   * Calls `visit` for every term matching `query`: exact, as a prefix (a one-letter query
   * only into name-like fields), and within the typo budget (name-like fields only).
   */
  matchTerm(query: string, visit: Visit): void {
    const stamp = ++this.#seenStamp;
    const seen = this.#seenTerm;
    const terms = this.#terms;
    const oneLetter = query.length === 1;
    for (let id = this.#lowerBound(query); id < terms.length; id++) {
      const term = terms[id]!;
      if (!term.startsWith(query)) break;
      seen[id] = stamp;
      if (term.length === query.length) visit(id, EXACT);
      else if (!oneLetter || this.#nameLike[id]) visit(id, prefixQuality(query.length, term.length));
    }
    if (query.length < FUZZY_MIN_LENGTH || isUnspacedTerm(query)) return;
    const tryCandidate = (id: number) => {
      if (seen[id] === stamp) return;
      seen[id] = stamp;
      if (!this.#fuzzy[id]) return;
      const max = query.length >= FUZZY_2_MIN_LENGTH ? 2 : 1;
      const distance = boundedEditDistance(query, terms[id]!, max);
      if (distance <= max) visit(id, distance === 1 ? FUZZY_1 : FUZZY_2);
    };
    const deletes = this.#deletes!;
    // One deletion from the query is a term (the query has an extra letter).
    for (let i = 0; i < query.length; i++) {
      const shorter = query.slice(0, i) + query.slice(i + 1);
      const id = this.#lowerBound(shorter);
      if (terms[id] === shorter) tryCandidate(id);
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
        const bucket = this.#byFirstAndLength!.get(`${query[0]}${length}`);
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
    const postingDocs = this.#docs;
    const weights = this.#weights;
    const starts = this.#starts;
    const idf = this.#idf;
    let candidates: number[] = [];
    let everTouched: number[] = [];
    for (let t = 0; t < queryTerms.length; t++) {
      const touched: number[] = [];
      const visit: Visit = (termId, quality) => {
        const factor = quality * idf[termId]!;
        const end = starts[termId + 1]!;
        for (let p = starts[termId]!; p < end; p++) {
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
