import { roundScore } from './result-order.js';
import {
  ORGANIZATION_FACETS,
  orderFacetCounts,
  type FacetCount,
  type FacetCounts,
  type OrganizationFacet,
} from './facets.js';
import type { OrganizationFilters } from './organization-query.js';

function grown(array: Int32Array, size: number): Int32Array {
  if (size <= array.length) return array;
  const bigger = new Int32Array(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * Every facet value of every document in one table: values get global ids, each document
 * lists its ids in one small array. Filtering and counting a document is then one pass over
 * a few integers, with no per-facet bookkeeping. Documents come and go (`set`, `remove`);
 * a value no document has any more is no longer listed.
 */
export class FacetTable {
  /** Per facet, its value ids in the order they were first seen. */
  readonly #facetIds: number[][] = ORGANIZATION_FACETS.map(() => []);
  readonly #ids: Map<string, number>[] = ORGANIZATION_FACETS.map(() => new Map());
  readonly #valueOf: string[] = [];
  /** For each value id: 1 << index of its facet. */
  #facetBit: Int32Array = new Int32Array(64);
  /** For each value id: how many documents have it. */
  #docsWith: Int32Array = new Int32Array(64);
  // Each document's value ids: a slice of one pool (count 0: no document), appended on
  // `set`; the slices of removed documents are reclaimed by compacting when they pile up.
  #pool: Int32Array = new Int32Array(1024);
  #poolEnd = 0;
  #garbage = 0;
  #start: Int32Array = new Int32Array(64);
  #count: Int32Array = new Int32Array(64);

  /** Sets the facet values of a document: `perFacet[facet index]` lists them. */
  set(doc: number, perFacet: readonly (readonly string[])[]): void {
    this.remove(doc);
    const ids: number[] = [];
    perFacet.forEach((values, f) => {
      for (const value of values) {
        let id = this.#ids[f]!.get(value);
        if (id === undefined) {
          id = this.#valueOf.length;
          this.#ids[f]!.set(value, id);
          this.#valueOf.push(value);
          this.#facetIds[f]!.push(id);
          this.#facetBit = grown(this.#facetBit, id + 1);
          this.#docsWith = grown(this.#docsWith, id + 1);
          this.#facetBit[id] = 1 << f;
        }
        this.#docsWith[id]!++;
        ids.push(id);
      }
    });
    if (doc >= this.#start.length) {
      this.#start = grown(this.#start, doc + 1);
      this.#count = grown(this.#count, doc + 1);
    }
    if (this.#poolEnd + ids.length > this.#pool.length) this.#compact(ids.length);
    this.#pool.set(ids, this.#poolEnd);
    this.#start[doc] = this.#poolEnd;
    this.#count[doc] = ids.length;
    this.#poolEnd += ids.length;
  }

  remove(doc: number): void {
    const count = this.#count[doc] ?? 0;
    if (!count) return;
    const start = this.#start[doc]!;
    for (let k = start; k < start + count; k++) this.#docsWith[this.#pool[k]!]!--;
    this.#count[doc] = 0;
    this.#garbage += count;
  }

  /** Copies the live slices to a pool with room for `more` ids (twice as large when mostly live). */
  #compact(more: number): void {
    const live = this.#poolEnd - this.#garbage;
    const pool = new Int32Array(Math.max(1024, (live + more) * 2));
    let end = 0;
    for (let doc = 0; doc < this.#count.length; doc++) {
      const count = this.#count[doc]!;
      if (!count) continue;
      pool.set(this.#pool.subarray(this.#start[doc]!, this.#start[doc]! + count), end);
      this.#start[doc] = end;
      end += count;
    }
    this.#pool = pool;
    this.#poolEnd = end;
    this.#garbage = 0;
  }

  /** The distinct values of a facet that some document has. */
  values(facet: OrganizationFacet): string[] {
    return this.#facetIds[ORGANIZATION_FACETS.indexOf(facet)]!.filter((id) => this.#docsWith[id]! > 0).map((id) => this.#valueOf[id]!);
  }

  /**
   * Keeps the documents that pass every facet filter and counts facet values the
   * disjunctive way: a facet's counts ignore its own filter (what choosing one more value
   * would add) but apply all the others. `scores[i]` belongs to `docs[i]`.
   */
  filterAndCount(filters: OrganizationFilters, docs: Int32Array, scores?: Float64Array) {
    const valueCount = this.#valueOf.length;
    const selected = new Uint8Array(valueCount);
    let activeMask = 0;
    ORGANIZATION_FACETS.forEach((facet, f) => {
      const values = filters[facet];
      if (!values?.length) return;
      activeMask |= 1 << f;
      for (const value of values) {
        const id = this.#ids[f]!.get(String(value));
        if (id !== undefined) selected[id] = 1;
      }
    });
    const counts = new Int32Array(valueCount);
    const results: number[] = [];
    const resultScores: number[] = [];
    const pool = this.#pool;
    const starts = this.#start;
    const docCounts = this.#count;
    const facetBit = this.#facetBit;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const start = starts[doc]!;
      const end = start + docCounts[doc]!;
      let passed = 0;
      if (activeMask) for (let k = start; k < end; k++) if (selected[pool[k]!]) passed |= facetBit[pool[k]!]!;
      const failed = activeMask & ~passed;
      if (failed === 0) {
        results.push(doc);
        if (scores) resultScores.push(roundScore(scores[i]!));
        for (let k = start; k < end; k++) counts[pool[k]!]!++;
      } else if ((failed & (failed - 1)) === 0) {
        // Fails exactly one facet: it still counts for that facet's other values.
        for (let k = start; k < end; k++) if (facetBit[pool[k]!] === failed) counts[pool[k]!]!++;
      }
    }
    const facets = {} as FacetCounts;
    ORGANIZATION_FACETS.forEach((facet, f) => {
      const chosen = new Set((filters[facet] ?? []).map(String));
      const list: FacetCount[] = [];
      for (const id of this.#facetIds[f]!) {
        const count = counts[id]!;
        if (count > 0 || chosen.has(this.#valueOf[id]!)) list.push({ value: this.#valueOf[id]!, count });
      }
      for (const value of chosen) if (!this.#ids[f]!.has(value)) list.push({ value, count: 0 });
      facets[facet] = orderFacetCounts(facet, list);
    });
    return { results, resultScores, facets };
  }
}
